using HubCrawler.ApiHost;

await HubCrawlerApiHost.Build(args).RunAsync();
