using System.Collections.Concurrent;
using HubCrawler.Abstractions;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Simulator;

/// <summary>
/// Builds the hub of a paper of the graph as a HubCrawler deployment crawling the Semantic Scholar form would: the
/// metadata, the citation edges (roles from intents, then roles and polarity from contexts by the real classifier)
/// and the summary by the real summarizer. Edges and summary are built once per paper, on first use.
/// </summary>
internal sealed class SimHubs(SyntheticGraph graph, PaperRevisions revisions)
{
    /// <summary>The one source the hubs are built from.</summary>
    public const string Source = "semanticscholar";

    private readonly ConcurrentDictionary<int, Lazy<Citations>> _citations = new();

    /// <summary>The hub of <paramref name="paper"/> at its current revision.</summary>
    public PaperHub Hub(SimPaper paper)
    {
        var citations = CitationsOf(paper.Index);
        var served = revisions.Apply(paper);
        return new PaperHub
        {
            PaperId = paper.PaperId,
            Metadata = Metadata(served),
            Summary = citations.Summary with
            {
                Representatives = citations.Summary.Representatives.Select(r => r with { Title = RevisedTitle(r.CitingPaperId, r.Title) }).ToList(),
            },
            FetchedAt = revisions.LastModified(paper.Index),
            Sources = [Source],
            CitationsStored = citations.Edges.Length,
        };
    }

    /// <summary>The page of <paramref name="paper"/>'s citing papers at <paramref name="query"/>'s offset and limit, in source order.</summary>
    public CitationPage Page(SimPaper paper, CitationQuery query)
    {
        var edges = CitationsOf(paper.Index).Edges;
        var offset = Math.Min(query.Offset, edges.Length);
        var count = Math.Min(query.Limit, edges.Length - offset);
        var items = new CitationEdge[count];
        for (var i = 0; i < count; i++)
        {
            var edge = edges[offset + i];
            items[i] = edge with { Title = RevisedTitle(edge.CitingPaperId, edge.Title) };
        }

        return new CitationPage
        {
            PaperId = paper.PaperId,
            Total = edges.Length,
            Offset = query.Offset,
            Limit = query.Limit,
            Items = items,
            NextOffset = offset + count < edges.Length ? offset + count : null,
        };
    }

    private static PaperMetadata Metadata(SimPaper paper) => new()
    {
        PaperId = paper.PaperId,
        Title = paper.Title,
        Authors = paper.Authors.Select(a => a.Name).ToArray(),
        Year = paper.Year,
        Venue = paper.Venue,
        Abstract = paper.Abstract,
        Tldr = paper.Tldr,
        ExternalIds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOI"] = paper.Doi,
            ["ArXiv"] = paper.ArxivId,
            ["CorpusId"] = paper.CorpusId.ToString(CultureInfo.InvariantCulture),
            ["OpenAlex"] = paper.OpenAlexId,
        },
        CitationCount = paper.CitationCount,
        InfluentialCitationCount = paper.InfluentialCitationCount,
        ReferenceCount = paper.ReferenceCount,
        PublicationDate = paper.PublicationDate,
        Url = paper.Url,
    };

    /// <summary>The title of a citing paper as served now: its revised title when it was revised.</summary>
    private string? RevisedTitle(string? citingPaperId, string? title) =>
        citingPaperId is not null && graph.Find(citingPaperId) is { } citing && revisions.Of(citing.Index) > 0
            ? revisions.Apply(citing).Title
            : title;

    private Citations CitationsOf(int index) =>
        _citations.GetOrAdd(index, i => new Lazy<Citations>(() => Build(i))).Value;

    private Citations Build(int index)
    {
        var records = graph.CitationsOf(index);
        var edges = new List<CitationEdge>(records.Count);
        foreach (var record in records)
        {
            var citing = record.CitingIndex is { } citingIndex ? graph.Papers[citingIndex] : null;
            edges.Add(new CitationEdge
            {
                CitingPaperId = citing?.PaperId,
                Title = record.CitingTitle,
                Year = citing?.Year,
                Venue = citing?.Venue,
                CitationCount = citing?.CitationCount,
                IsInfluential = record.IsInfluential,
                Intents = record.Intents,
                Role = IntentRoles.RoleOf(record.Intents),
                Contexts = record.Contexts,
                Summary = citing is null ? null : OneLineSummary.Of(citing.Tldr, citing.Abstract),
            });
        }

        var classified = ContextClassification.Apply(edges).ToArray();
        return new Citations(classified, HubSummarizer.Summarize(classified));
    }

    /// <summary>A paper's classified citation edges in source order, and their summary.</summary>
    private sealed record Citations(CitationEdge[] Edges, HubSummary Summary);
}
