namespace HubCrawler.Simulator;

/// <summary>
/// What an OpenAlex request costs against <see cref="SimulatorFaults.OpenAlexDailyBudget"/>, after OpenAlex's
/// credit table: singleton lookups are free, list and filter calls cost 1, search calls 10.
/// </summary>
public static class OpenAlexCredits
{
    /// <summary>GET /works/W… or /works/doi:…: free.</summary>
    public const int Singleton = 0;

    /// <summary>GET /works?filter=… (any list page, cursor or basic paging).</summary>
    public const int List = 1;

    /// <summary>GET /works?search=…: search costs more than a list.</summary>
    public const int Search = 10;
}
