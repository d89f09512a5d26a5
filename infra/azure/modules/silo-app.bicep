// One Orleans silo as its own container app with exactly one replica: Orleans needs every silo at an address
// of its own, and a container app's replicas share one. The silo advertises the internal environment's static
// IP with this app's unique port pair; TCP ingress maps those ports to the container (it listens on the same
// numbers). The HTTP API the silo hosts in-process is not exposed; probes reach it on the container port.

param name string
param location string
param environmentId string
@description('The internal environment static IP, advertised to the cluster (Orleans:AdvertisedIPAddress).')
param advertisedIp string
@description('0-based silo number: the ports are siloPortBase + index and gatewayPortBase + index.')
param index int
param siloPortBase int
param gatewayPortBase int
param httpPort int
param image string
param registryServer string
param identityId string
param identityClientId string
param clusterId string
param blobServiceUri string
param tableServiceUri string
param cpu string
param memory string
@secure()
@description('Sources:SemanticScholar:ApiKey; empty for none.')
param semanticScholarApiKey string = ''
@secure()
@description('Operations:Key: turns the Orleans Dashboard on and locks it and the Prometheus endpoint; empty: dashboard off (metrics for loopback only).')
param operationsKey string = ''
@description('The dashboard port base: with an operations key, silo i serves its HTTP port (dashboard, /metrics) at dashboardPortBase + i inside the virtual network.')
param dashboardPortBase int = 18080
@description('OTEL_EXPORTER_OTLP_ENDPOINT: where the silo pushes metrics, traces and logs over OTLP; empty for none.')
param otlpEndpoint string = ''

var siloPort = siloPortBase + index
var gatewayPort = gatewayPortBase + index
var hasSourceKey = !empty(semanticScholarApiKey)
var hasOperationsKey = !empty(operationsKey)

var settings = [
  { name: 'Orleans__Membership', value: 'AzureTable' }
  { name: 'Orleans__ClusterId', value: clusterId }
  { name: 'Orleans__AdvertisedIPAddress', value: advertisedIp }
  { name: 'Orleans__SiloPort', value: string(siloPort) }
  { name: 'Orleans__GatewayPort', value: string(gatewayPort) }
  { name: 'Storage__Provider', value: 'AzureBlob' }
  { name: 'Storage__BlobServiceUri', value: blobServiceUri }
  { name: 'Storage__TableServiceUri', value: tableServiceUri }
  { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
]
var operationsSettings = [
  { name: 'Operations__Dashboard', value: 'true' }
  { name: 'Operations__Key', secretRef: 'operations-key' }
]
var otlpSetting = [
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }
]
var gatewayPortMapping = [
  {
    external: true
    targetPort: gatewayPort
    exposedPort: gatewayPort
  }
]
// Only inside the virtual network (the silos' environment is internal), and only when the dashboard is locked with a key.
var dashboardPortMapping = [
  {
    external: true
    targetPort: httpPort
    exposedPort: dashboardPortBase + index
  }
]
var sourceKeySetting = [
  { name: 'Sources__SemanticScholar__ApiKey', secretRef: 'semantic-scholar-api-key' }
]

resource silo 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: concat(hasSourceKey ? [
        { name: 'semantic-scholar-api-key', value: semanticScholarApiKey }
      ] : [], hasOperationsKey ? [
        { name: 'operations-key', value: operationsKey }
      ] : [])
      ingress: {
        // The environment is internal: "external" here means reachable from the virtual network (the API's
        // environment), never from the internet.
        external: true
        transport: 'tcp'
        targetPort: siloPort
        exposedPort: siloPort
        additionalPortMappings: concat(gatewayPortMapping, hasOperationsKey ? dashboardPortMapping : [])
      }
    }
    template: {
      terminationGracePeriodSeconds: 60
      containers: [
        {
          name: 'silo'
          image: image
          env: concat(settings, hasSourceKey ? sourceKeySetting : [], hasOperationsKey ? operationsSettings : [], empty(otlpEndpoint) ? [] : otlpSetting)
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          // No readiness probe: readiness would take the silo out of ingress while it joins, and joining needs ingress.
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/health'
                port: httpPort
              }
              periodSeconds: 5
              failureThreshold: 36
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/health'
                port: httpPort
              }
              periodSeconds: 15
              failureThreshold: 4
            }
          ]
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: 1
      }
    }
  }
}

output name string = silo.name
output siloPort int = siloPort
output gatewayPort int = gatewayPort
