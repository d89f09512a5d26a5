// A user-assigned managed identity; the apps name its client id in Storage:ManagedIdentityClientId so
// DefaultAzureCredential picks it.

param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
