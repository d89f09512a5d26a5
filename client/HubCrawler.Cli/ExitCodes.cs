namespace HubCrawler.Cli;

/// <summary>The process exit codes of <c>hubcrawler</c>, as documented in the README and in <c>--help</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The API answered with an error (4xx/5xx); its problem title and detail were printed.</summary>
    public const int ApiError = 1;

    /// <summary>The command line is wrong (unknown option, malformed paper id, bad --api URL); nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>The API could not be reached (nothing listening, name not resolved, no answer in time).</summary>
    public const int Unreachable = 3;

    /// <summary>Interrupted with Ctrl+C (a crawl being watched goes on on the server).</summary>
    public const int Interrupted = 130;
}
