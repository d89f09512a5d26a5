#!/usr/bin/env bash
# Builds and lints the Bicep offline with the Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64
# (restored by bicep.proj into the NuGet cache). Writes the ARM template to infra/azure/bin/main.json.
# Fails on any warning or error, so the templates stay at zero warnings.
set -euo pipefail
cd "$(dirname "$0")"

dotnet restore bicep.proj -nologo -v q >/dev/null
version="$(sed -n 's/.*Azure.Bicep.CommandLine.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' bicep.proj)"
packages="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //; s:/*$::')}"
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -x "$bicep" ] || chmod +x "$bicep"

mkdir -p bin
log="$(mktemp)"
status=0
"$bicep" build main.bicep --outfile bin/main.json >"$log" 2>&1 || status=$?
"$bicep" build modules/registry.bicep --outfile bin/registry.json >>"$log" 2>&1 || status=$?
"$bicep" lint main.bicep >>"$log" 2>&1 || status=$?
cat "$log"
if [ "$status" -ne 0 ] || grep -qiE '(warning|error)' "$log"; then
  echo "bicep: warnings or errors (see above)" >&2
  exit 1
fi
echo "bicep: main.bicep and modules built and linted, 0 warnings ($("$bicep" --version))"
