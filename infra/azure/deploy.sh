#!/usr/bin/env bash
# Deploys HubCrawler to Azure Container Apps with one command (see infra/README.md):
#   infra/azure/deploy.sh --resource-group hubcrawler --location westeurope [--silos 3] [--tag TAG]
# Needs the Azure CLI, signed in (az login) with rights to create resources and role assignments in the group.
# No local Docker: the images are built in the registry (az acr build). The API key is $HUBCRAWLER_API_KEY, or a
# new random one printed at the end. $SEMANTIC_SCHOLAR_API_KEY, if set, becomes the silos' source key.
set -euo pipefail
cd "$(dirname "$0")/../.."

group="hubcrawler"
location="westeurope"
silos=3
tag="$(git rev-parse --short=12 HEAD 2>/dev/null || date -u +%Y%m%d%H%M%S)"
while [ $# -gt 0 ]; do
  case "$1" in
    --resource-group|-g) group="$2"; shift 2 ;;
    --location|-l) location="$2"; shift 2 ;;
    --silos) silos="$2"; shift 2 ;;
    --tag) tag="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v az >/dev/null || { echo "the Azure CLI (az) is required: https://learn.microsoft.com/cli/azure/install-azure-cli" >&2; exit 1; }
az account show -o none 2>/dev/null || { echo "sign in first: az login" >&2; exit 1; }

generated_key=false
api_key="${HUBCRAWLER_API_KEY:-}"
if [ -z "$api_key" ]; then
  api_key="$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)"
  generated_key=true
fi

echo "== resource group $group in $location"
az group create --name "$group" --location "$location" -o none

echo "== container registry"
registry="$(az deployment group create --resource-group "$group" --name hubcrawler-registry \
  --template-file infra/azure/modules/registry.bicep --query properties.outputs.name.value -o tsv)"

echo "== images, built in $registry (tag $tag)"
az acr build --registry "$registry" --file infra/docker/silo.Dockerfile --image "hubcrawler-silo:$tag" . -o none
az acr build --registry "$registry" --file infra/docker/api.Dockerfile --image "hubcrawler-api:$tag" . -o none

echo "== HubCrawler with $silos silos"
api_url="$(az deployment group create --resource-group "$group" --name hubcrawler \
  --template-file infra/azure/main.bicep \
  --parameters location="$location" siloCount="$silos" registryName="$registry" siloImageTag="$tag" apiImageTag="$tag" \
  --parameters apiKey="$api_key" semanticScholarApiKey="${SEMANTIC_SCHOLAR_API_KEY:-}" \
  --parameters operationsKey="${HUBCRAWLER_OPERATIONS_KEY:-}" otlpEndpoint="${HUBCRAWLER_OTLP_ENDPOINT:-}" \
  --query properties.outputs.apiUrl.value -o tsv)"

echo "HubCrawler is deploying its silos; the API answers once the cluster does:"
echo "  curl $api_url/ready"
echo "  HUBCRAWLER_API=$api_url hubcrawler crawl DOI:10.48550/arXiv.1706.03762 --depth 1"
if $generated_key; then
  echo "API key for starting and cancelling crawls (X-Api-Key, or HUBCRAWLER_API_KEY for the CLI); shown once:"
  echo "  $api_key"
fi
