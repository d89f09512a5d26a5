using HubCrawler.Classification;

namespace HubCrawler.Sources.Hubs;

/// <summary>Builds a paper's role and polarity summary, behaviour label and representative
/// citing papers from its citations.</summary>
public static class HubSummarizer
{
    /// <summary>A role holding at least this share of the classified citations makes the paper "Predominantly" that role.</summary>
    public const double PredominantShare = 0.8;
    public const int RepresentativeCount = 5;

    private static readonly CitationRole[] ClassifiedRoles = [CitationRole.Background, CitationRole.Method, CitationRole.Comparison];

    public static HubSummary Summarize(IReadOnlyList<CitationEdge> citations)
    {
        var roleCounts = new int[4];
        var polarityCounts = new int[4];
        var intentCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unresolved = 0;
        var influential = 0;
        foreach (var citation in citations)
        {
            roleCounts[(int)citation.Role]++;
            polarityCounts[(int)citation.Polarity]++;
            foreach (var intent in citation.Intents)
                intentCounts[intent] = intentCounts.GetValueOrDefault(intent) + 1;
            if (citation.CitingPaperId is null) unresolved++;
            if (citation.IsInfluential) influential++;
        }

        var total = citations.Count;
        var classified = total - roleCounts[(int)CitationRole.Unclassified];
        var roles = ClassifiedRoles
            .Select(role => new RoleShare(role, roleCounts[(int)role], Share(roleCounts[(int)role], classified)))
            .Append(new RoleShare(CitationRole.Unclassified, roleCounts[(int)CitationRole.Unclassified], Share(roleCounts[(int)CitationRole.Unclassified], total)))
            .ToList();
        var polarity = Enum.GetValues<CitationPolarity>()
            .OrderBy(p => p == CitationPolarity.Unclassified ? 1 : 0)
            .Select(p => new PolarityShare(p, polarityCounts[(int)p], Share(polarityCounts[(int)p], total)))
            .ToList();
        var (label, headline) = Behaviour(roles, classified);

        return new HubSummary
        {
            TotalCitations = total,
            ClassifiedCitations = classified,
            BehaviourLabel = label,
            Headline = headline,
            Roles = roles,
            IntentCounts = intentCounts,
            Polarity = polarity,
            Representatives = Representatives(citations),
            UnresolvedCitingPapers = unresolved,
            InfluentialCitations = influential,
            RoleEstimate = Estimate("role", citations, CitationContextClassifier.Default.RoleFigures,
                c => c.RoleConfidence is null ? (c.Role == CitationRole.Unclassified ? null : c.Role.ToString(), null) : (null, c.RoleCandidate.ToString())),
            PolarityEstimate = Estimate("polarity", citations, CitationContextClassifier.Default.PolarityFigures,
                c => c.PolarityConfidence is null ? (c.Polarity == CitationPolarity.Unclassified ? null : c.Polarity.ToString(), null) : (null, c.PolarityCandidate.ToString())),
        };
    }

    /// <summary>
    /// Shares over the citations with a label from the source or a judgement of the classifier: the source's labels
    /// counted as they are, the classifier's corrected for its held-out confusion (<see cref="ShareEstimator"/>), with
    /// the interval of the classifier's part scaled by its weight in the total. Null when no citation has either.
    /// </summary>
    /// <param name="labelOf">A citation's label from the source, or else the classifier's most probable label.</param>
    internal static EstimatedShares? Estimate(string task, IReadOnlyList<CitationEdge> citations, ModelFigures model,
        Func<CitationEdge, (string? Source, string? Model)> labelOf)
    {
        var labels = model.Labels;
        var fromSource = new int[labels.Count];
        var fromModel = new int[labels.Count];
        foreach (var citation in citations)
        {
            var (source, judged) = labelOf(citation);
            if (source is not null && IndexOf(labels, source) is var s and >= 0) fromSource[s]++;
            else if (judged is not null && IndexOf(labels, judged) is var m and >= 0) fromModel[m]++;
        }
        int sourceTotal = fromSource.Sum(), modelTotal = fromModel.Sum(), total = sourceTotal + modelTotal;
        if (total == 0) return null;
        var (shares, margins) = ShareEstimator.Correct(fromModel, model.Confusion);
        var weight = (double)modelTotal / total;
        return new EstimatedShares
        {
            Task = task,
            FromSource = sourceTotal,
            FromModel = modelTotal,
            Shares = labels.Select((label, i) => new EstimatedShare(label, fromSource[i], fromModel[i],
                Math.Round((double)(fromSource[i] + fromModel[i]) / total, 4),
                Math.Round((fromSource[i] + modelTotal * shares[i]) / total, 4),
                Math.Round(weight * margins[i], 4))).ToList(),
            Method = "adjusted classify-and-count over the classifier's held-out confusion; 95% interval (delta method: count noise and test-split noise)",
            Model = model,
        };
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
            if (string.Equals(labels[i], label, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static (string Label, string Headline) Behaviour(IReadOnlyList<RoleShare> roles, int classified)
    {
        if (classified == 0) return ("Unclassified", "No citation has a known role yet.");
        var top = roles.Where(r => r.Role != CitationRole.Unclassified).OrderByDescending(r => r.Count).ThenBy(r => r.Role).First();
        var name = top.Role.ToString().ToLowerInvariant();
        var label = top.Share >= PredominantShare ? $"Predominantly {name}" : "Mixed";
        return (label, $"{label} citation behavior. Most common role is {name} ({Math.Round(top.Share * 100):0}%)");
    }

    private static List<RepresentativeCitation> Representatives(IReadOnlyList<CitationEdge> citations) =>
        citations
            .OrderByDescending(c => c.CitingPaperId is not null)
            .ThenByDescending(c => c.IsInfluential)
            .ThenByDescending(c => c.CitationCount ?? 0)
            .ThenByDescending(c => c.Year ?? 0)
            .Take(RepresentativeCount)
            .Select(c => new RepresentativeCitation
            {
                CitingPaperId = c.CitingPaperId,
                Title = c.Title,
                Year = c.Year,
                Role = c.Role,
                IsInfluential = c.IsInfluential,
                CitationCount = c.CitationCount,
                Summary = c.Summary,
            })
            .ToList();

    private static double Share(int count, int of) => of == 0 ? 0 : Math.Round((double)count / of, 4);
}
