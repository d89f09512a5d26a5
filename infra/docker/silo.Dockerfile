# The HubCrawler silo: an Orleans silo with the HTTP API in the same process (silo/HubCrawler.Silo).
# Build from the repository root, locally or in Azure without a local Docker engine:
#   docker build -f infra/docker/silo.Dockerfile -t hubcrawler-silo .
#   az acr build -r <registry> -f infra/docker/silo.Dockerfile -t hubcrawler-silo:<tag> .
# Base images are pinned to the .NET patch the tests ran on (SDK 10.0.401, runtime 10.0.12); bump both together.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY grains/ grains/
COPY client/HubCrawler.Contracts/ client/HubCrawler.Contracts/
COPY client/HubCrawler.Api/ client/HubCrawler.Api/
COPY silo/HubCrawler.Hosting/ silo/HubCrawler.Hosting/
COPY silo/HubCrawler.Silo/ silo/HubCrawler.Silo/
RUN dotnet publish silo/HubCrawler.Silo/HubCrawler.Silo.csproj -c Release -o /app -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
# HTTP (API, /health, /ready) on 8080 on every interface; the silo-to-silo and gateway ports come from
# Orleans__SiloPort / Orleans__GatewayPort (11111 / 30000 by default; Container Apps gives each silo its own pair).
ENV Urls=http://+:8080
EXPOSE 8080 11111 30000
# The non-root user the .NET images ship (uid 1654).
USER app
# The runtime image has no curl: bash asks /health over /dev/tcp and wants a 200 status line.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "HubCrawler.Silo.dll"]
