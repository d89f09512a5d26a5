// One virtual network with two subnets delegated to Container Apps: the silos' internal environment and the
// API's external environment. The API reaches the silos' gateways through the VNet (the internal environment's
// private static IP), so no Orleans port is ever public.

param name string
param location string
param addressPrefix string = '10.60.0.0/16'
param siloSubnetPrefix string = '10.60.0.0/24'
param apiSubnetPrefix string = '10.60.1.0/24'

resource network 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'silos'
        properties: {
          addressPrefix: siloSubnetPrefix
          delegations: [
            {
              name: 'container-apps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'api'
        properties: {
          addressPrefix: apiSubnetPrefix
          delegations: [
            {
              name: 'container-apps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
    ]
  }
}

output siloSubnetId string = network.properties.subnets[0].id
output apiSubnetId string = network.properties.subnets[1].id
