namespace HubCrawler.Simulator;

/// <summary>
/// GET /sim/stats: {"papers":P,"requests":R,"byKind":{"batch":…,…},"throttled":T,"throttledByKind":{…},
/// "throttle":{…window…},"openAlex":{"dailyBudget":B|null,"creditsUsedToday":C}}. "byKind" counts every logged
/// request under its <see cref="SimRequest.Kind"/> (the counts add up to "requests"; a throttled request counts under
/// what it asked for); "throttled" and "throttledByKind" count the ones a throttling fault answered 429.
/// </summary>
internal sealed class SimStatsHandler(SyntheticGraph graph, SimulatorFaults faults, SimulatorRequestLog log)
{
    /// <summary>GET /sim/stats.</summary>
    public Task HandleAsync(HttpContext context)
    {
        var requests = log.Snapshot();
        var state = (
            papers: graph.Papers.Count,
            requests: requests.Count,
            byKind: SimulatorRequestLog.CountByKind(requests, static _ => true),
            throttled: SimulatorRequestLog.CountByKind(requests, static r => r.Throttled),
            throttle: faults.GetThrottleState(),
            budget: faults.OpenAlexDailyBudget,
            used: faults.OpenAlexCreditsUsedToday);
        return SimResponse.WriteAsync(context, StatusCodes.Status200OK, SimResponse.JsonContentType, GraphJson.Build(state, static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("papers", state.papers);
            writer.WriteNumber("requests", state.requests);
            WriteCounts(writer, "byKind", state.byKind);
            writer.WriteNumber("throttled", state.throttled.Values.Sum());
            WriteCounts(writer, "throttledByKind", state.throttled);
            writer.WritePropertyName("throttle");
            ThrottleControlHandler.WriteState(writer, state.throttle);
            writer.WriteStartObject("openAlex");
            if (state.budget is { } budget)
            {
                writer.WriteNumber("dailyBudget", budget);
            }
            else
            {
                writer.WriteNull("dailyBudget");
            }

            writer.WriteNumber("creditsUsedToday", state.used);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, int> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (kind, count) in counts)
        {
            writer.WriteNumber(kind, count);
        }

        writer.WriteEndObject();
    }
}
