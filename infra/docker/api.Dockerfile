# The HubCrawler API front end: the HTTP API and web pages as an Orleans client (client/HubCrawler.ApiHost).
# Build from the repository root, locally or in Azure without a local Docker engine:
#   docker build -f infra/docker/api.Dockerfile -t hubcrawler-api .
#   az acr build -r <registry> -f infra/docker/api.Dockerfile -t hubcrawler-api:<tag> .
# Base images are pinned to the .NET patch the tests ran on (SDK 10.0.401, runtime 10.0.12); bump both together.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY grains/HubCrawler.Abstractions/ grains/HubCrawler.Abstractions/
COPY grains/HubCrawler.Graph/ grains/HubCrawler.Graph/
COPY client/HubCrawler.Contracts/ client/HubCrawler.Contracts/
COPY client/HubCrawler.Api/ client/HubCrawler.Api/
COPY client/HubCrawler.ApiHost/ client/HubCrawler.ApiHost/
COPY silo/HubCrawler.Hosting/ silo/HubCrawler.Hosting/
RUN dotnet publish client/HubCrawler.ApiHost/HubCrawler.ApiHost.csproj -c Release -o /app -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
# HTTP (API, pages, /health, /ready) on 8080 on every interface. It connects out to the silos' gateways only.
ENV Urls=http://+:8080
EXPOSE 8080
# The non-root user the .NET images ship (uid 1654).
USER app
# The runtime image has no curl: bash asks /health over /dev/tcp and wants a 200 status line.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "HubCrawler.ApiHost.dll"]
