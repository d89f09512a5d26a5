// The container registry the images are built into (az acr build) and pulled from with the apps' managed identities.
// Also deployed on its own by deploy.sh before the images are built, so its default name must match main.bicep's.

@description('Registry name: 5-50 letters and digits, globally unique.')
@minLength(5)
@maxLength(50)
param name string = 'hubcrawler${uniqueString(resourceGroup().id)}'

param location string = resourceGroup().location

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

output name string = registry.name
output id string = registry.id
output loginServer string = registry.properties.loginServer
