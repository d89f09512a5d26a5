namespace HubCrawler.Simulator;

/// <summary>Values of <see cref="SimRequest.ThrottledBy"/>: which fault answered a request 429.</summary>
public static class SimThrottleCauses
{
    /// <summary>The sustained throttle window (<see cref="SimulatorFaults.ThrottleFor"/>, <see cref="SimulatorFaults.ThrottleAfterRequests"/>).</summary>
    public const string Window = "throttle-window";

    /// <summary>The spent OpenAlex daily budget (<see cref="SimulatorFaults.OpenAlexDailyBudget"/>).</summary>
    public const string Budget = "openalex-budget";

    /// <summary>The random draw of <see cref="SimulatorFaults.TooManyRequestsRate"/>.</summary>
    public const string Random = "429-rate";
}
