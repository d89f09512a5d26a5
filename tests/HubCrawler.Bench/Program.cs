using System.Text.Json;
using HubCrawler.Bench;

// dotnet run -c Release --project tests/HubCrawler.Bench -- cache [papers] [lookups] [output.json]
var scenario = args.ElementAtOrDefault(0) ?? "cache";
if (scenario != "cache")
{
    Console.Error.WriteLine("usage: HubCrawler.Bench cache [papers=2000] [lookups=200] [output.json]");
    return 2;
}
var papers = int.Parse(args.ElementAtOrDefault(1) ?? "2000");
var lookups = int.Parse(args.ElementAtOrDefault(2) ?? "200");
var output = args.ElementAtOrDefault(3);

Console.WriteLine($"cache benchmark: {papers}-paper graph, {lookups} lookups, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
var results = await new CacheBenchmark(papers, lookups, Console.WriteLine).RunAsync();
var json = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true });
Console.WriteLine(json);
if (output is not null) await File.WriteAllTextAsync(output, json);
return 0;
