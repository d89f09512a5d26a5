// What each identity may do, and no more: the silos read and write tables (membership) and blobs (grain state,
// cache, citation pages); the API front end reads and writes tables only (it is an Orleans client: membership);
// both pull images.

param storageAccountName string
param registryName string
param siloPrincipalId string
param apiPrincipalId string

// Built-in role definitions (the same GUID in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

var storageGrants = [
  { principalId: siloPrincipalId, role: storageTableDataContributor }
  { principalId: siloPrincipalId, role: storageBlobDataContributor }
  { principalId: apiPrincipalId, role: storageTableDataContributor }
]

resource storageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for grant in storageGrants: {
  name: guid(account.id, grant.principalId, grant.role)
  scope: account
  properties: {
    principalId: grant.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.role)
  }
}]

resource pullAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for principalId in [siloPrincipalId, apiPrincipalId]: {
  name: guid(registry.id, principalId, acrPull)
  scope: registry
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
  }
}]
