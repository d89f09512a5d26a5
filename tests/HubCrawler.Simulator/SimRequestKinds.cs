namespace HubCrawler.Simulator;

/// <summary>Values of <see cref="SimRequest.Kind"/>.</summary>
public static class SimRequestKinds
{
    /// <summary>GET /graph/v1/paper/{id}.</summary>
    public const string Paper = "paper";

    /// <summary>GET /graph/v1/paper/{id}/citations.</summary>
    public const string Citations = "citations";

    /// <summary>POST /graph/v1/paper/batch.</summary>
    public const string Batch = "batch";

    /// <summary>Anything else.</summary>
    public const string Other = "other";
}
