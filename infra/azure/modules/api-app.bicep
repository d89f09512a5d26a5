// The HTTP API and web pages as an Orleans client (client/HubCrawler.ApiHost): it finds the silos' gateways in
// the membership table and is the only public endpoint. Stateless, so it may run several replicas.

param name string
param location string
param environmentId string
param httpPort int
param image string
param registryServer string
param identityId string
param identityClientId string
param clusterId string
param tableServiceUri string
param cpu string
param memory string
@minValue(1)
param minReplicas int = 1
@minValue(1)
param maxReplicas int = 3
@secure()
@description('Api:Key: the key for starting and cancelling crawls (X-Api-Key).')
param apiKey string
@description('OTEL_EXPORTER_OTLP_ENDPOINT: where the front end pushes metrics, traces and logs over OTLP; empty for none.')
param otlpEndpoint string = ''

var settings = [
  { name: 'Orleans__Membership', value: 'AzureTable' }
  { name: 'Orleans__ClusterId', value: clusterId }
  { name: 'Storage__TableServiceUri', value: tableServiceUri }
  { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
  { name: 'Api__Key', secretRef: 'api-key' }
  // The front end is public: the Orleans Dashboard stays off here (it runs on the internal silos); /metrics needs the API key.
  { name: 'Operations__Dashboard', value: 'false' }
]
var otlpSetting = [
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }
]

resource api 'Microsoft.App/containerApps@2024-03-01' = {
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
      secrets: [
        { name: 'api-key', value: apiKey }
      ]
      ingress: {
        external: true
        transport: 'auto'
        targetPort: httpPort
        allowInsecure: false
      }
    }
    template: {
      containers: [
        {
          name: 'api'
          image: image
          env: concat(settings, empty(otlpEndpoint) ? [] : otlpSetting)
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/health'
                port: httpPort
              }
              periodSeconds: 15
              failureThreshold: 4
            }
            {
              // 200 once the cluster answers a grain call; until then the replica takes no traffic.
              type: 'Readiness'
              httpGet: {
                path: '/ready'
                port: httpPort
              }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

output fqdn string = api.properties.configuration.ingress.fqdn
