namespace HubCrawler.Tests.Watches;

/// <summary>The simulator and the single-machine host (memory storage, no API key: loopback may write), with fast watches.</summary>
public sealed class WatchApiHost() : SimulatedSilo(new SyntheticGraphOptions { Papers = 400, Seed = 47, HeavyPaperCitations = 0 })
{
    public IGrainFactory Grains => (IGrainFactory)Silo.Services.GetService(typeof(IGrainFactory))!;
    private int _next = 10;

    public GrowingPaper Pick(int held) => GrowingPaper.Pick(Simulator, held, ref _next);

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings(SimulatorServer simulator) => WatchSettings.Fast();
}

[CollectionDefinition(Name)]
public sealed class WatchApiCollection : ICollectionFixture<WatchApiHost>
{
    public const string Name = "watch api";
}
