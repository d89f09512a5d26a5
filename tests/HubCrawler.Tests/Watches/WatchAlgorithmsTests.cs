using HubCrawler.Grains.Watching;

namespace HubCrawler.Tests.Watches;

/// <summary>The watch's plain parts: schedules, validation, the diff of citing papers, the feed's cap, the webhook signature.</summary>
public sealed class WatchAlgorithmsTests
{
    [Theory]
    [InlineData("6h", 6 * 3600)]
    [InlineData("30m", 1800)]
    [InlineData("1d", 86400)]
    [InlineData("1h30m", 5400)]
    [InlineData("90s", 90)]
    [InlineData("PT6H", 6 * 3600)]
    [InlineData(" 2H ", 7200)]
    public void Periods_are_read_as_people_write_them(string text, int seconds)
    {
        Assert.True(WatchPeriod.TryParse(text, out var period));
        Assert.Equal(TimeSpan.FromSeconds(seconds), period);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("6")]
    [InlineData("-1h")]
    [InlineData("0h")]
    [InlineData("h")]
    [InlineData("PTXH")]
    public void Other_periods_are_refused(string text) => Assert.False(WatchPeriod.TryParse(text, out _));

    [Fact]
    public void Periods_format_compactly() =>
        Assert.Equal(["6h", "1h30m", "1d2h", "45s"], new[] { TimeSpan.FromHours(6), TimeSpan.FromMinutes(90), TimeSpan.FromHours(26), TimeSpan.FromSeconds(45) }.Select(WatchPeriod.Format));

    [Theory]
    [InlineData("arXiv:2507.21802", 3600, null, null, true)]
    [InlineData("arXiv:2507.21802", 3599, null, null, false)]
    [InlineData("not an id", 3600, null, null, false)]
    [InlineData("arXiv:2507.21802", 3600, "https://hooks.example.org/hc?x=1", "s", true)]
    [InlineData("arXiv:2507.21802", 3600, "http://127.0.0.1:9000/hook", null, true)]
    [InlineData("arXiv:2507.21802", 3600, "ftp://hooks.example.org/", null, false)]
    [InlineData("arXiv:2507.21802", 3600, "file:///etc/passwd", null, false)]
    [InlineData("arXiv:2507.21802", 3600, "/relative", null, false)]
    [InlineData("arXiv:2507.21802", 3600, "https://user:pw@hooks.example.org/", null, false)]
    [InlineData("arXiv:2507.21802", 3600, null, "secret without a hook", false)]
    [InlineData("arXiv:2507.21802", 3600, "https://hooks.example.org/", "", false)]
    public void Requests_are_validated(string paperId, int everySeconds, string? webhook, string? secret, bool valid)
    {
        var error = WatchValidation.Validate(new WatchRequest { PaperId = paperId, Every = TimeSpan.FromSeconds(everySeconds), Webhook = webhook, Secret = secret }, new WatchOptions());
        Assert.True(valid == (error is null), error ?? "valid");
    }

    [Fact]
    public void The_diff_lists_citing_papers_not_seen_before_once_each_in_list_order()
    {
        CitationEdge Edge(string? id) => new() { CitingPaperId = id, Title = id };
        var known = new HashSet<string> { "a", "b" };
        var found = CitationDiff.NewCiters([Edge("a"), Edge("c"), Edge(null), Edge("b"), Edge("d"), Edge("c")], known);
        Assert.Equal(["c", "d"], found.Select(e => e.CitingPaperId));
    }

    [Fact]
    public void The_feed_keeps_its_cap_and_counts_what_it_dropped()
    {
        CitationEvent Event(string citing) => new() { CitedPaperId = "p", CitingPaperId = citing };
        var events = new List<CitationEvent>();
        var (added, dropped) = FeedEvents.Append(events, [Event("a"), Event("b")], 0, cap: 3);
        Assert.Equal([1L, 2L], added.Select(e => e.Sequence));
        Assert.Equal(0, dropped);
        (added, dropped) = FeedEvents.Append(events, [Event("c"), Event("d"), Event("e")], 2, cap: 3);
        Assert.Equal([3L, 4L, 5L], added.Select(e => e.Sequence));
        Assert.Equal(2, dropped);
        Assert.Equal(["c", "d", "e"], events.Select(e => e.CitingPaperId));
        Assert.Equal("urn:hubcrawler:citation:p:c", events[0].EntryId);
    }

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_the_body()
    {
        // RFC 4231 test case 2.
        var body = Encoding.ASCII.GetBytes("what do ya want for nothing?");
        var signature = WebhookSignature.Sign("Jefe", body);
        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
        Assert.True(WebhookSignature.Verify("Jefe", body, signature));
        Assert.False(WebhookSignature.Verify("Jefe", Encoding.ASCII.GetBytes("what do ya want for something?"), signature));
        Assert.False(WebhookSignature.Verify("other", body, signature));
    }
}
