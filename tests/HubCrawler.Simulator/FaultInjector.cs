namespace HubCrawler.Simulator;

/// <summary>
/// Applies the <see cref="SimulatorFaults"/> to a request of any served form, in this order: latency, hangs, the API
/// key, the sustained throttle window, the OpenAlex daily budget, failing papers, random 429, 500/503, and (on 200
/// answers) bodies cut off half way.
/// </summary>
internal sealed class FaultInjector(SimulatorFaults faults)
{
    private const string RateLimitLimit = "X-RateLimit-Limit";
    private const string RateLimitRemaining = "X-RateLimit-Remaining";
    private const string RateLimitCreditsUsed = "X-RateLimit-Credits-Used";
    private const string RateLimitReset = "X-RateLimit-Reset";

    /// <summary>
    /// Waits out the configured latency and hangs, then answers with an injected error when one applies.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="dialect">The form being served.</param>
    /// <param name="paperIds">Semantic Scholar ids of the papers the request is about (for <see cref="SimulatorFaults.FailingPaperIds"/>).</param>
    /// <param name="credits">On OpenAlex, what the request costs against the daily budget (<see cref="OpenAlexCredits"/>).</param>
    /// <returns>True when an error was sent and the handler must stop.</returns>
    public async Task<bool> TryInjectAsync(HttpContext context, ResponseDialect dialect, IEnumerable<string> paperIds, int credits = 0)
    {
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(faults.LatencyMs, context.RequestAborted);
        }

        if (faults.Draw(faults.HangRate))
        {
            await Task.Delay(faults.HangMs, context.RequestAborted);
        }

        var budget = dialect.Scope == ThrottleScope.OpenAlex ? faults.OpenAlexDailyBudget : null;
        if (faults.RequiredApiKey is { } key && !dialect.HasApiKey(context.Request, key))
        {
            AddBudgetHeaders(context, budget);
            await WriteErrorAsync(context, dialect, StatusCodes.Status403Forbidden, "Forbidden");
            return true;
        }

        if (dialect.Scope != ThrottleScope.None && faults.Throttle.TryThrottle(dialect.Scope))
        {
            context.Features.GetRequiredFeature<RequestTag>().ThrottledBy = SimThrottleCauses.Window;
            AddBudgetHeaders(context, budget);
            await SimResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, dialect.ContentType, dialect.Throttled);
            return true;
        }

        if (budget is { } limit)
        {
            var charge = faults.Budget.TryCharge(limit, credits);
            WriteBudgetHeaders(context, charge);
            if (!charge.Allowed)
            {
                context.Features.GetRequiredFeature<RequestTag>().ThrottledBy = SimThrottleCauses.Budget;
                context.Response.Headers.RetryAfter = charge.SecondsToReset.ToString(CultureInfo.InvariantCulture);
                await SimResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, dialect.ContentType, OpenAlexJson.Error(
                    "Rate limit exceeded",
                    $"Daily credit limit of {limit.ToString(CultureInfo.InvariantCulture)} exceeded. It resets at midnight UTC, in {charge.SecondsToReset.ToString(CultureInfo.InvariantCulture)} seconds; singleton lookups stay free."));
                return true;
            }
        }
        else if (dialect.Scope == ThrottleScope.OpenAlex)
        {
            faults.Budget.TryCharge(long.MaxValue, credits);
        }

        if (paperIds.Any(faults.FailingPaperIds.Contains))
        {
            await WriteErrorAsync(context, dialect, StatusCodes.Status500InternalServerError, "Internal Server Error");
            return true;
        }

        if (faults.Draw(faults.TooManyRequestsRate))
        {
            context.Features.GetRequiredFeature<RequestTag>().ThrottledBy = SimThrottleCauses.Random;
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

    private void AddBudgetHeaders(HttpContext context, long? budget)
    {
        if (budget is { } limit)
        {
            WriteBudgetHeaders(context, faults.Budget.Peek(limit));
        }
    }

    private static void WriteBudgetHeaders(HttpContext context, OpenAlexCharge charge)
    {
        var headers = context.Response.Headers;
        headers[RateLimitLimit] = charge.Limit.ToString(CultureInfo.InvariantCulture);
        headers[RateLimitRemaining] = charge.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[RateLimitCreditsUsed] = charge.CreditsUsed.ToString(CultureInfo.InvariantCulture);
        headers[RateLimitReset] = charge.SecondsToReset.ToString(CultureInfo.InvariantCulture);
    }

    private void AddRetryAfter(HttpContext context)
    {
        if (faults.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
