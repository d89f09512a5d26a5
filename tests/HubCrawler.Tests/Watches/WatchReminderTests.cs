namespace HubCrawler.Tests.Watches;

/// <summary>The watch's Orleans reminder checks on its own; deleting the watch unregisters it.</summary>
[Collection(WatchReminderCollection.Name)]
public sealed class WatchReminderTests(WatchReminderCluster cluster)
{
    [Fact]
    public async Task The_reminder_checks_the_paper_on_its_schedule_and_stops_when_the_watch_is_deleted()
    {
        var next = 5;
        var paper = GrowingPaper.Pick(cluster.Simulator, 2, ref next);
        var watch = cluster.Grains.GetGrain<IWatchGrain>("0123456789abcdef");
        var created = await watch.Create(new WatchRequest { PaperId = paper.Paper.PaperId, Every = TimeSpan.FromSeconds(1) });
        Assert.Null(created.Message);
        var reminders = cluster.SiloService<IReminderTable>();
        Assert.Single((await reminders.ReadRows(watch.GetGrainId())).Reminders);

        // Nobody calls Check: only the reminder can find these.
        cluster.Simulator.Revisions.Release(paper.Paper.Index, 2);
        var feed = cluster.Grains.GetGrain<IPaperFeedGrain>(paper.Paper.PaperId);
        var found = await Eventually.Holds(() => feed.Get(), f => f!.Events.Count == 2, TimeSpan.FromSeconds(30));
        Assert.Equal(paper.HeldBack.Order(), found!.Events.Select(e => e.CitingPaperId).Order());
        Assert.True((await watch.Get())!.Checks >= 1);

        var deleted = await watch.Delete();
        Assert.Equal(paper.Paper.PaperId, deleted!.PaperId);
        Assert.Empty((await reminders.ReadRows(watch.GetGrainId())).Reminders);
        Assert.Null(await watch.Get());
        Assert.Null(await watch.Delete());
        Assert.DoesNotContain("0123456789abcdef", await cluster.Grains.GetGrain<IWatchRegistryGrain>(0).List());
        // The feed stays after its watch.
        Assert.Equal(2, (await feed.Get())!.Events.Count);
    }
}
