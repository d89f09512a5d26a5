// A Container Apps environment (workload profiles, Consumption) in its own subnet, logging to Log Analytics.
// Internal for the silos: its static IP is private, and the silos advertise it with their own port pair.

param name string
param location string
param subnetId string
@description('True: no public endpoint; ingress "external" then means reachable from the virtual network.')
param internal bool
param logAnalyticsWorkspaceName string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsWorkspaceName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: name
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    vnetConfiguration: {
      infrastructureSubnetId: subnetId
      internal: internal
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    zoneRedundant: false
  }
}

output id string = environment.id
output staticIp string = environment.properties.staticIp
output defaultDomain string = environment.properties.defaultDomain
