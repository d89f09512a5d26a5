// The storage account: Orleans cluster membership in tables, grain state, the document cache and long citation
// lists in blob containers. Shared-key access is off: every caller signs in with Microsoft Entra ID.

@minLength(3)
@maxLength(24)
param name string
param location string

@description('Blob containers the silos use: grain state (Storage:Container), the document cache (Cache:Container), citation pages (Citations:Container).')
param containers array = [
  'hubcrawler-grains'
  'hubcrawler-cache'
  'hubcrawler-citations'
]

@description('The Orleans membership table (Orleans creates it too; created here so the account is complete before the first silo).')
param membershipTable string = 'OrleansSiloInstances'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in containers: {
  parent: blobService
  name: container
  properties: {
    publicAccess: 'None'
  }
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource table 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: tableService
  name: membershipTable
}

output name string = account.name
output id string = account.id
output blobServiceUri string = account.properties.primaryEndpoints.blob
output tableServiceUri string = account.properties.primaryEndpoints.table
