using System.Net;

namespace HubCrawler.Simulator;

/// <summary>
/// The HTTP control of the sustained throttle window, for tests that run the simulator out of process:
/// POST /sim/faults/throttle?seconds=S[&amp;after=N][&amp;scope=semantic-scholar|openalex|all] sets a window (after N
/// more requests in scope, else now), DELETE ends it, GET reads it; each answers the window's state as JSON. Only
/// loopback clients may use it (403 otherwise).
/// </summary>
internal sealed class ThrottleControlHandler(SimulatorFaults faults)
{
    /// <summary>POST /sim/faults/throttle.</summary>
    public async Task HandleSetAsync(HttpContext context)
    {
        if (await RefuseRemoteAsync(context))
        {
            return;
        }

        var query = context.Request.Query;
        if (!double.TryParse(query["seconds"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || !double.IsFinite(seconds) || seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            await WriteErrorAsync(context, "The seconds parameter must be a positive number of seconds.");
            return;
        }

        if (!QueryValues.TryParseInt(query["after"], -1, out var after) || (query.ContainsKey("after") && after < 0))
        {
            await WriteErrorAsync(context, "The after parameter must be a non-negative integer (requests to let through first).");
            return;
        }

        var scope = ThrottleScope.SemanticScholar;
        if (query.ContainsKey("scope") && !ThrottleScopeNames.TryParse(query["scope"], out scope))
        {
            await WriteErrorAsync(context, $"The scope parameter must be {ThrottleScopeNames.SemanticScholar}, {ThrottleScopeNames.OpenAlex} or {ThrottleScopeNames.All}.");
            return;
        }

        var duration = TimeSpan.FromSeconds(seconds);
        if (after >= 0)
        {
            faults.ThrottleAfterRequests(after, duration, scope);
        }
        else
        {
            faults.ThrottleFor(duration, scope);
        }

        await WriteStateAsync(context);
    }

    /// <summary>DELETE /sim/faults/throttle.</summary>
    public async Task HandleEndAsync(HttpContext context)
    {
        if (await RefuseRemoteAsync(context))
        {
            return;
        }

        faults.EndThrottle();
        await WriteStateAsync(context);
    }

    /// <summary>GET /sim/faults/throttle.</summary>
    public async Task HandleGetAsync(HttpContext context)
    {
        if (await RefuseRemoteAsync(context))
        {
            return;
        }

        await WriteStateAsync(context);
    }

    /// <summary>
    /// The window as {"scope":…,"active":…,"start":…,"end":…,"pendingRequests":…,"throttledRequests":…}; times are
    /// ISO 8601 UTC or null.
    /// </summary>
    public static void WriteState(Utf8JsonWriter writer, ThrottleWindowState state)
    {
        writer.WriteStartObject();
        writer.WriteString("scope", ThrottleScopeNames.NameOf(state.Scope));
        writer.WriteBoolean("active", state.Active);
        WriteTime(writer, "start", state.Start);
        WriteTime(writer, "end", state.End);
        if (state.PendingRequests is { } pending)
        {
            writer.WriteNumber("pendingRequests", pending);
        }
        else
        {
            writer.WriteNull("pendingRequests");
        }

        writer.WriteNumber("throttledRequests", state.ThrottledRequests);
        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            writer.WriteString(name, value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private Task WriteStateAsync(HttpContext context) =>
        SimResponse.WriteAsync(context, StatusCodes.Status200OK, SimResponse.JsonContentType,
            GraphJson.Build(faults.GetThrottleState(), static (writer, state) => WriteState(writer, state)));

    private static async Task<bool> RefuseRemoteAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
        {
            return false;
        }

        await SimResponse.WriteAsync(context, StatusCodes.Status403Forbidden, SimResponse.JsonContentType,
            GraphJson.Message("error", "The simulator's fault controls answer loopback clients only."));
        return true;
    }

    private static Task WriteErrorAsync(HttpContext context, string message) =>
        SimResponse.WriteAsync(context, StatusCodes.Status400BadRequest, SimResponse.JsonContentType, GraphJson.Message("error", message));
}
