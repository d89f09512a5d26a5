namespace HubCrawler.Tests.Watches;

/// <summary>Settings that let a test watch on a 1 s schedule, with every check its own and a small feed cap.</summary>
public static class WatchSettings
{
    public static Dictionary<string, string?> Fast(int maxEvents = 500) => new()
    {
        ["Watches:MinimumEvery"] = "00:00:01",
        ["Watches:SharedCheckWindow"] = "00:00:00",
        ["Watches:MaxEvents"] = maxEvents.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Watches:WebhookFirstRetry"] = "00:00:00.100",
        ["Watches:WebhookTimeout"] = "00:00:05",
    };
}

/// <summary>A cluster whose watches are checked by the test (feed cap 3).</summary>
public sealed class WatchCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 400, Seed = 41, HeavyPaperCitations = 0 }, WatchSettings.Fast(maxEvents: 3));

[CollectionDefinition(Name)]
public sealed class WatchCollection : ICollectionFixture<WatchCluster>
{
    public const string Name = "watches";
}

/// <summary>A cluster whose watches run on their reminders (its own, so the reminders' checks cost no other test's requests).</summary>
public sealed class WatchReminderCluster() : CrawlerCluster(new SyntheticGraphOptions { Papers = 300, Seed = 43, HeavyPaperCitations = 0 }, WatchSettings.Fast());

[CollectionDefinition(Name)]
public sealed class WatchReminderCollection : ICollectionFixture<WatchReminderCluster>
{
    public const string Name = "watch reminders";
}
