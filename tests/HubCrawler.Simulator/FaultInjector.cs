using System.Globalization;

namespace HubCrawler.Simulator;

/// <summary>
/// Applies the <see cref="SimulatorFaults"/> to a request of any served form: latency, hangs, the API key, failing
/// papers, 429, 500/503, and (on 200 answers) bodies cut off half way.
/// </summary>
internal sealed class FaultInjector(SimulatorFaults faults)
{
    /// <summary>
    /// Waits out the configured latency and hangs, then answers with an injected error when one applies.
    /// </summary>
    /// <returns>True when an error was sent and the handler must stop.</returns>
    public async Task<bool> TryInjectAsync(HttpContext context, ResponseDialect dialect, IEnumerable<string> paperIds)
    {
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(faults.LatencyMs, context.RequestAborted);
        }

        if (faults.Draw(faults.HangRate))
        {
            await Task.Delay(faults.HangMs, context.RequestAborted);
        }

        if (faults.RequiredApiKey is { } key && !dialect.HasApiKey(context.Request, key))
        {
            await WriteErrorAsync(context, dialect, StatusCodes.Status403Forbidden, "Forbidden");
            return true;
        }

        if (paperIds.Any(faults.FailingPaperIds.Contains))
        {
            await WriteErrorAsync(context, dialect, StatusCodes.Status500InternalServerError, "Internal Server Error");
            return true;
        }

        if (faults.Draw(faults.TooManyRequestsRate))
        {
            AddRetryAfter(context);
            await WriteErrorAsync(context, dialect, StatusCodes.Status429TooManyRequests, "Too Many Requests");
            return true;
        }

        if (faults.Draw(faults.ServerErrorRate))
        {
            var status = faults.DrawServerErrorStatus();
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                AddRetryAfter(context);
                await WriteErrorAsync(context, dialect, status, "Service Unavailable");
            }
            else
            {
                await WriteErrorAsync(context, dialect, status, "Internal Server Error");
            }

            return true;
        }

        return false;
    }

    /// <summary>Sends a 200 answer, cut off half way with probability <see cref="SimulatorFaults.MalformedRate"/>.</summary>
    public Task WriteOkAsync(HttpContext context, ResponseDialect dialect, ReadOnlyMemory<byte> body) =>
        SimResponse.WriteAsync(context, StatusCodes.Status200OK, dialect.ContentType, faults.Draw(faults.MalformedRate) ? body[..(body.Length / 2)] : body);

    private static Task WriteErrorAsync(HttpContext context, ResponseDialect dialect, int status, string title) =>
        SimResponse.WriteAsync(context, status, dialect.ContentType, dialect.Error(status, title));

    private void AddRetryAfter(HttpContext context)
    {
        if (faults.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
