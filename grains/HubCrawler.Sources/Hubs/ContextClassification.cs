using HubCrawler.Classification;

namespace HubCrawler.Sources.Hubs;

/// <summary>Fills in what the sources did not say from the citation contexts: a role where there is
/// no intent, and a polarity where none was given (a hub page gives one). Below the classifiers' measured confidence threshold the answer stays
/// unclassified; without contexts nothing is guessed. Either way the edge keeps the classifier's most probable label
/// and its probability, so the hub's shares can be corrected for the classifier's errors (<see cref="HubSummarizer"/>).</summary>
public static class ContextClassification
{
    /// <summary>Set to "off" to leave every edge as the sources gave it: only for measuring what classification costs
    /// (the bench's <c>classify-cost</c> mode runs the same crawl with and without it).</summary>
    public const string SwitchVariable = "HUBCRAWLER_CONTEXT_CLASSIFICATION";

    private static readonly bool Enabled =
        !string.Equals(Environment.GetEnvironmentVariable(SwitchVariable), "off", StringComparison.OrdinalIgnoreCase);

    public static List<CitationEdge> Apply(IEnumerable<CitationEdge> citations)
    {
        if (!Enabled) return citations.ToList();
        using var timing = Telemetry.CrawlerMetrics.TimeClassifier();
        var classifier = CitationContextClassifier.Default;
        var result = new List<CitationEdge>();
        foreach (var citation in citations)
        {
            if (citation.Contexts.Count == 0 || (citation.Polarity != CitationPolarity.Unclassified && citation.Role != CitationRole.Unclassified))
            {
                result.Add(citation);
                continue;
            }
            var edge = citation;
            var (role, polarity) = classifier.Judge(citation.Contexts, citation.Role == CitationRole.Unclassified, citation.Polarity == CitationPolarity.Unclassified);
            if (polarity is { Candidate: not CitationPolarity.Unclassified })
                edge = edge with { Polarity = polarity.Polarity, PolarityCandidate = polarity.Candidate, PolarityConfidence = Math.Round(polarity.Probability, 4) };
            if (role is { Candidate: not CitationRole.Unclassified })
                edge = edge with
                {
                    Role = role.Role, RoleFromContext = role.Role != CitationRole.Unclassified, RoleCandidate = role.Candidate,
                    RoleConfidence = Math.Round(role.Probability, 4),
                };
            result.Add(edge);
        }
        return result;
    }
}
