using HubCrawler.Silo;

await HubCrawlerSiloHost.Build(args).RunAsync();
