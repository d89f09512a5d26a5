// HubCrawler on Azure Container Apps: siloCount Orleans silos (one container app each, one replica each) in an
// internal environment, the API front end (an Orleans client) in an external one, Azure Storage with Entra ID
// only, a registry, Log Analytics, and two user-assigned identities with just the roles they need.
// Deploy with infra/azure/deploy.sh (see infra/README.md); build offline with infra/azure/build.sh.

targetScope = 'resourceGroup'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Prefix of resource names (lowercase letters, digits and hyphens).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'hubcrawler'

@description('Number of silos; each is its own container app with one replica and its own port pair.')
@minValue(1)
@maxValue(20)
param siloCount int = 3

@description('Registry name; deploy.sh deploys modules/registry.bicep first with the same default.')
param registryName string = 'hubcrawler${uniqueString(resourceGroup().id)}'

@description('Storage account name (3-24 lowercase letters and digits, globally unique).')
param storageAccountName string = 'hubcrawler${uniqueString(resourceGroup().id)}'

@description('Image tag of hubcrawler-silo in the registry.')
param siloImageTag string = 'latest'

@description('Image tag of hubcrawler-api in the registry.')
param apiImageTag string = 'latest'

@description('vCPU per silo (Consumption: 0.25-4, in 0.25 steps, with memory = 2 GiB per vCPU).')
param siloCpu string = '1.0'
param siloMemory string = '2Gi'

@description('vCPU per API replica.')
param apiCpu string = '0.5'
param apiMemory string = '1Gi'

@description('API replicas (stateless Orleans clients).')
@minValue(1)
param apiMinReplicas int = 1
@minValue(1)
param apiMaxReplicas int = 3

@description('Orleans cluster id (Orleans:ClusterId); silos and the API must agree.')
param clusterId string = 'hubcrawler'

@secure()
@description('Api:Key: the key for starting and cancelling crawls, kept as a Container Apps secret.')
param apiKey string

@secure()
@description('Optional Semantic Scholar API key (Sources:SemanticScholar:ApiKey), kept as a secret on the silos.')
param semanticScholarApiKey string = ''
@secure()
@description('Operations:Key for the silos: turns the Orleans Dashboard on (inside the virtual network only) and locks it and /metrics. Empty: the dashboard stays off.')
param operationsKey string = ''
@description('An OTLP endpoint (an OpenTelemetry Collector forwarding to Azure Monitor, say) for metrics, traces and logs of every app; empty for none.')
param otlpEndpoint string = ''

// The container ports, as the Dockerfiles set them (Urls=http://+:8080; silo 11111+i, gateway 30000+i).
var httpPort = 8080
var siloPortBase = 11111
var gatewayPortBase = 30000

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: '${namePrefix}-logs'
    location: location
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    name: '${namePrefix}-vnet'
    location: location
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    name: registryName
    location: location
  }
}

module siloIdentity 'modules/identity.bicep' = {
  name: 'silo-identity'
  params: {
    name: '${namePrefix}-silo-id'
    location: location
  }
}

module apiIdentity 'modules/identity.bicep' = {
  name: 'api-identity'
  params: {
    name: '${namePrefix}-api-id'
    location: location
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.name
    registryName: registry.outputs.name
    siloPrincipalId: siloIdentity.outputs.principalId
    apiPrincipalId: apiIdentity.outputs.principalId
  }
}

module siloEnvironment 'modules/environment.bicep' = {
  name: 'silo-environment'
  params: {
    name: '${namePrefix}-silos'
    location: location
    subnetId: network.outputs.siloSubnetId
    internal: true
    logAnalyticsWorkspaceName: monitoring.outputs.name
  }
}

module apiEnvironment 'modules/environment.bicep' = {
  name: 'api-environment'
  params: {
    name: '${namePrefix}-web'
    location: location
    subnetId: network.outputs.apiSubnetId
    internal: false
    logAnalyticsWorkspaceName: monitoring.outputs.name
  }
}

module silos 'modules/silo-app.bicep' = [for i in range(0, siloCount): {
  name: 'silo-${i}'
  dependsOn: [
    roles
  ]
  params: {
    name: '${namePrefix}-silo-${i}'
    location: location
    environmentId: siloEnvironment.outputs.id
    advertisedIp: siloEnvironment.outputs.staticIp
    index: i
    siloPortBase: siloPortBase
    gatewayPortBase: gatewayPortBase
    httpPort: httpPort
    image: '${registry.outputs.loginServer}/hubcrawler-silo:${siloImageTag}'
    registryServer: registry.outputs.loginServer
    identityId: siloIdentity.outputs.id
    identityClientId: siloIdentity.outputs.clientId
    clusterId: clusterId
    blobServiceUri: storage.outputs.blobServiceUri
    tableServiceUri: storage.outputs.tableServiceUri
    cpu: siloCpu
    memory: siloMemory
    semanticScholarApiKey: semanticScholarApiKey
    operationsKey: operationsKey
    otlpEndpoint: otlpEndpoint
  }
}]

module api 'modules/api-app.bicep' = {
  name: 'api'
  dependsOn: [
    roles
  ]
  params: {
    name: '${namePrefix}-api'
    location: location
    environmentId: apiEnvironment.outputs.id
    httpPort: httpPort
    image: '${registry.outputs.loginServer}/hubcrawler-api:${apiImageTag}'
    registryServer: registry.outputs.loginServer
    identityId: apiIdentity.outputs.id
    identityClientId: apiIdentity.outputs.clientId
    clusterId: clusterId
    tableServiceUri: storage.outputs.tableServiceUri
    cpu: apiCpu
    memory: apiMemory
    minReplicas: apiMinReplicas
    maxReplicas: apiMaxReplicas
    apiKey: apiKey
    otlpEndpoint: otlpEndpoint
  }
}

output apiUrl string = 'https://${api.outputs.fqdn}'
output registryLoginServer string = registry.outputs.loginServer
output storageAccount string = storage.outputs.name
output siloApps array = [for i in range(0, siloCount): silos[i].outputs.name]
output siloEnvironmentStaticIp string = siloEnvironment.outputs.staticIp
