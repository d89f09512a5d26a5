using HubCrawler.Api.Pages;

namespace HubCrawler.Api;

/// <summary>Grain answers as the API's contract types (HubCrawler.Contracts), with the links only the API knows.</summary>
internal static class ContractMapping
{
    public static SearchResponse ToResponse(this SearchAnswer answer) => new(answer.Query, answer.IsId,
        answer.ExactMatch is { } exact ? exact.ToItem() : null, answer.Results.Select(ToItem).ToList(),
        answer.Sources, answer.FailedSources, answer.Requests);

    public static SearchResultItem ToItem(this SearchHit hit) =>
        new(hit.HubId, PageLinks.Paper(hit.HubId), hit.Title, hit.Year, hit.Authors, hit.Venue, hit.CitationCount, hit.Ids, hit.Sources);

    public static WatchResponse ToResponse(this WatchInfo watch) => new(watch.WatchId, watch.PaperId, WatchPeriod.Format(watch.Every), watch.Every.TotalSeconds,
        watch.Webhook, watch.Signed, watch.CreatedAt, watch.LastCheckAt, watch.Checks, watch.LastCheckNew, watch.LastError, watch.WebhookPending,
        PageLinks.Paper(watch.PaperId) + WatchResponse.FeedSuffix);
}
