using HubCrawler.Abstractions;
using HubCrawler.Classification;

namespace HubCrawler.Grains.Hubs;

/// <summary>Fills in what the sources did not say from the citation contexts: a role where there is
/// no intent, and a polarity where none was given (a hub page gives one). Below the classifiers' measured confidence threshold the answer stays
/// unclassified; without contexts nothing is guessed.</summary>
public static class ContextClassification
{
    public static List<CitationEdge> Apply(IEnumerable<CitationEdge> citations)
    {
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
            var edge = citation.Polarity == CitationPolarity.Unclassified
                ? citation with { Polarity = classifier.ClassifyPolarity(citation.Contexts).Polarity }
                : citation;
            if (edge.Role == CitationRole.Unclassified && classifier.ClassifyRole(citation.Contexts).Role is var role and not CitationRole.Unclassified)
                edge = edge with { Role = role, RoleFromContext = true };
            result.Add(edge);
        }
        return result;
    }
}
