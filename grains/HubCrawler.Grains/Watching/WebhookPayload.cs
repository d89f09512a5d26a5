using System.Text.Json;
using System.Text.Json.Serialization;

namespace HubCrawler.Grains.Watching;

/// <summary>The JSON body of a webhook call: the watch, the paper, and the citing papers that are new since the last delivery.</summary>
public sealed record WebhookPayload(string WatchId, string PaperId, DateTimeOffset CheckedAt, IReadOnlyList<WebhookCitation> Citations)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static WebhookPayload Of(string watchId, string paperId, DateTimeOffset checkedAt, IEnumerable<CitationEvent> events) =>
        new(watchId, paperId, checkedAt, events.Select(e => new WebhookCitation(e.EntryId, e.CitingPaperId, e.Title, e.Year, e.Venue, e.Role, e.DetectedAt,
            $"/papers/{e.CitingPaperId}")).ToList());

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Json);
}
