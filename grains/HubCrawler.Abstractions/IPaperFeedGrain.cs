namespace HubCrawler.Abstractions;

/// <summary>The new-citation events of one watched paper (key: its canonical id), shared by every watch of it.</summary>
[Alias("hubcrawler.IPaperFeedGrain")]
public interface IPaperFeedGrain : IGrainWithStringKey
{
    /// <summary>Refreshes the paper's hub through its ordinary revalidation and records the citing papers that appeared
    /// since the check before (the first check only takes the baseline).</summary>
    [ResponseTimeout("00:05:00")]
    [Alias("Check")]
    Task<FeedCheck> Check();

    /// <summary>Takes the paper's current citing papers as the baseline if the feed has none yet (an ordinary lookup: the
    /// cached hub when there is one), else does nothing.</summary>
    [ResponseTimeout("00:05:00")]
    [Alias("Start")]
    Task<FeedCheck> Start();

    /// <summary>The feed, or null when the paper was never watched.</summary>
    [Alias("Get")]
    Task<PaperFeed?> Get();

    /// <summary>The events after <paramref name="sequence"/> that the cap kept, oldest first.</summary>
    [Alias("EventsAfter")]
    Task<IReadOnlyList<CitationEvent>> EventsAfter(long sequence);

    /// <summary>The sequence number of the newest event (0 when none).</summary>
    [Alias("LastSequence")]
    Task<long> LastSequence();
}
