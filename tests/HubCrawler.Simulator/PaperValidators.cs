namespace HubCrawler.Simulator;

/// <summary>
/// Validators of any answer about one paper: an ETag per URL and paper revision, and Last-Modified; answers 304 to
/// a request whose If-None-Match or If-Modified-Since shows the client already has this revision.
/// </summary>
internal sealed class PaperValidators(SimulatorFaults faults, PaperRevisions revisions)
{
    /// <summary>
    /// Sends the paper's validators (unless <see cref="SimulatorFaults.SendValidators"/> is off) and answers 304 with
    /// no body when the client already has this revision.
    /// </summary>
    /// <returns>True when 304 was sent and the handler must stop.</returns>
    public async Task<bool> TryAnswerNotModifiedAsync(HttpContext context, SimPaper paper)
    {
        if (!faults.SendValidators)
        {
            return false;
        }

        var request = context.Request;
        var revision = revisions.Of(paper.Index);
        var tag = $"\"{paper.PaperId[..12]}-r{revision}-{StableHash(request.Path + request.QueryString):x8}\"";
        var lastModified = revisions.LastModified(paper.Index);
        context.Response.Headers.ETag = tag;
        context.Response.Headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);

        var ifNoneMatch = request.Headers.IfNoneMatch;
        var notModified = ifNoneMatch.Count > 0
            ? ifNoneMatch.ToString().Split(',').Select(t => t.Trim()).Any(t => t == tag || t == "*")
            : DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
              && since >= lastModified;
        if (!notModified)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status304NotModified;
        await context.Response.CompleteAsync();
        return true;
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
