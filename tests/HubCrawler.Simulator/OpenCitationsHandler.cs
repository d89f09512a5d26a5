namespace HubCrawler.Simulator;

/// <summary>
/// The OpenCitations Index API v2 under /opencitations/index/v2 (real: https://api.opencitations.net/index/v2):
/// GET /citations/{id}, /references/{id}, /citation-count/{id} and /reference-count/{id} for "doi:", "pmid:" and
/// "omid:" ids. Lists are JSON arrays of {"oci","citing","cited","creation","timespan","journal_sc","author_sc"}, every
/// value a string, each end named by all its ids space-separated ("omid:br/0612 doi:10.5555/hubsim.2 pmid:30000002");
/// unpaged. Counts are [{"count":"N"}]. OpenCitations indexes DOI-to-DOI citations only: a paper without a journal DOI
/// (<see cref="SimPaper.HasJournalDoi"/>), an unresolved citer and an id it does not know all give an empty [] — the
/// answer says nothing about whether the paper has citations. A list stops at
/// <see cref="SimulatorFaults.OpenCitationsRowLimit"/> rows (the real API's LIMIT 50000) while the count endpoints count
/// every one. The access token (the optional authorization header) is
/// logged as the request's key; none is required.
/// </summary>
internal sealed class OpenCitationsHandler(SyntheticGraph graph, SimulatorFaults faults, FaultInjector injector)
{
    /// <summary>Path of the API under the simulator's root.</summary>
    public const string PathPrefix = "/opencitations/index/v2";

    /// <summary>GET /opencitations/index/v2/{operation}/{**id}.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var operation = context.GetRouteValue("operation") as string ?? string.Empty;
        var id = Uri.UnescapeDataString(context.GetRouteValue("id") as string ?? string.Empty).Trim();
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        var (kind, references, count) = operation switch
        {
            "citations" => (SimRequestKinds.OpenCitationsCitations, false, false),
            "references" => (SimRequestKinds.OpenCitationsReferences, true, false),
            "citation-count" => (SimRequestKinds.OpenCitationsCount, false, true),
            "reference-count" => (SimRequestKinds.OpenCitationsCount, true, true),
            _ => (SimRequestKinds.Other, false, false),
        };
        tag.Kind = kind;
        if (kind == SimRequestKinds.Other)
        {
            await SimResponse.WriteAsync(context, StatusCodes.Status404NotFound, SimResponse.JsonContentType,
                GraphJson.Message("error", $"Unknown operation '{operation}'."));
            return;
        }

        var known = TryFind(id, out var paper);
        tag.PaperId = paper?.PaperId;
        if (await injector.TryInjectAsync(context, Dialect, paper is null ? [] : [paper.PaperId]))
        {
            return;
        }

        if (!known)
        {
            await SimResponse.WriteAsync(context, StatusCodes.Status400BadRequest, SimResponse.JsonContentType,
                GraphJson.Message("error", $"'{id}' is not a valid identifier: use doi:, pmid: or omid:."));
            return;
        }

        var others = paper is null || !Indexed(paper) ? [] : references ? ReferencesOf(paper) : CitersOf(paper);
        if (!count && others.Count > faults.OpenCitationsRowLimit)
        {
            // The real queries end "LIMIT 50000": a longer list is cut, with nothing in the answer to say so.
            others = others[..faults.OpenCitationsRowLimit];
        }
        var body = count
            ? GraphJson.Build(others.Count, static (writer, n) =>
            {
                writer.WriteStartArray();
                writer.WriteStartObject();
                writer.WriteString("count", n.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                writer.WriteEndArray();
            })
            : GraphJson.Build((handler: this, paper, others, references), static (writer, state) =>
            {
                writer.WriteStartArray();
                foreach (var other in state.others)
                {
                    var (citing, cited) = state.references ? (state.paper!, other) : (other, state.paper!);
                    WriteCitation(writer, citing, cited);
                }

                writer.WriteEndArray();
            });
        await injector.WriteOkAsync(context, Dialect, body);
    }

    /// <summary>The form of injected errors: {"error":"…"}; no key of the shared knob is asked for; never throttled by a window.</summary>
    private static ResponseDialect Dialect => ResponseDialect.OpenCitations;

    /// <summary>Whether OpenCitations indexes the paper (it has a journal DOI).</summary>
    public static bool Indexed(SimPaper paper) => paper.HasJournalDoi;

    /// <summary>The indexed papers citing <paramref name="paper"/>, each once, in the order of its citation records.</summary>
    public List<SimPaper> CitersOf(SimPaper paper)
    {
        var seen = new HashSet<int>();
        return graph.CitationsOf(paper.Index)
            .Where(c => c.CitingIndex is { } i && seen.Add(i))
            .Select(c => graph.Papers[c.CitingIndex!.Value])
            .Where(Indexed)
            .ToList();
    }

    /// <summary>The indexed papers <paramref name="paper"/> cites, each once.</summary>
    public List<SimPaper> ReferencesOf(SimPaper paper) =>
        graph.CitedPapersOf(paper.Index).Select(i => graph.Papers[i]).Where(Indexed).ToList();

    private static void WriteCitation(Utf8JsonWriter writer, SimPaper citing, SimPaper cited)
    {
        writer.WriteStartObject();
        writer.WriteString("oci", citing.Omid["br/".Length..] + "-" + cited.Omid["br/".Length..]);
        writer.WriteString("citing", citing.OpenCitationsIds);
        writer.WriteString("cited", cited.OpenCitationsIds);
        writer.WriteString("creation", citing.PublicationDate);
        writer.WriteString("timespan", OpenCitationsTimespan.Between(cited.PublicationDate, citing.PublicationDate));
        writer.WriteString("journal_sc", citing.Venue == cited.Venue ? "yes" : "no");
        writer.WriteString("author_sc", citing.Authors.Any(a => cited.Authors.Any(b => b.AuthorId == a.AuthorId)) ? "yes" : "no");
        writer.WriteEndObject();
    }

    /// <summary>Parses a "doi:", "pmid:" or "omid:br/…" id; true when well formed, with the paper when the graph has it.</summary>
    private bool TryFind(string id, out SimPaper? paper)
    {
        paper = null;
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var prefix = id[..colon].ToLowerInvariant();
        var value = id[(colon + 1)..].Trim();
        switch (prefix)
        {
            case "doi":
                paper = value.StartsWith("10.", StringComparison.Ordinal) ? graph.Find("DOI:" + value) : null;
                if (paper is not null && !string.Equals(paper.Doi, value, StringComparison.OrdinalIgnoreCase))
                {
                    paper = null; // only the paper's own DOI names it here, not arXiv's DataCite DOI
                }

                return value.StartsWith("10.", StringComparison.Ordinal);
            case "pmid":
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pmid))
                {
                    return false;
                }

                paper = pmid - SimPaper.PmidBase is >= 0 and var index && index < graph.Papers.Count && graph.Papers[(int)index].Pmid == pmid
                    ? graph.Papers[(int)index]
                    : null;
                return true;
            case "omid":
                const string omidPrefix = "br/061";
                if (!value.StartsWith("br/", StringComparison.Ordinal))
                {
                    return false;
                }

                paper = value.StartsWith(omidPrefix, StringComparison.Ordinal)
                    && int.TryParse(value.AsSpan(omidPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var omid)
                    && omid < graph.Papers.Count
                    && graph.Papers[omid].Omid == value
                        ? graph.Papers[omid]
                        : null;
                return true;
            default:
                return false;
        }
    }
}
