using HubCrawler.Classification;

namespace HubCrawler.Tests.Classification;

/// <summary>The hub's lean path (one featurisation, no evidence) gives the same verdicts as the full calls.</summary>
public sealed class HubPathVerdictTests
{
    public static TheoryData<string[]> Contexts => new()
    {
        new[] { "We use the parser of [3] to tag the corpus." },
        new[] { "However, unlike (Smith et al., 2010), their method fails on long documents.", "Our results agree with [4]." },
        new[] { "Deep networks have been widely studied [1, 2]." },
        new[] { "", "   " },
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Judge_matches_ClassifyRole_and_ClassifyPolarity(string[] contexts)
    {
        var classifier = CitationContextClassifier.Default;
        var (role, polarity) = classifier.Judge(contexts, role: true, polarity: true);
        var fullRole = classifier.ClassifyRole(contexts);
        var fullPolarity = classifier.ClassifyPolarity(contexts);

        Assert.Equal(fullRole.Role, role!.Role);
        Assert.Equal(fullRole.Candidate, role.Candidate);
        Assert.Equal(fullRole.Probability, role.Probability, 12);
        Assert.Equal(fullPolarity.Polarity, polarity!.Polarity);
        Assert.Equal(fullPolarity.Candidate, polarity.Candidate);
        Assert.Equal(fullPolarity.Probability, polarity.Probability, 12);
        Assert.Empty(role.Evidence);
        Assert.Equal((null, null), classifier.Judge(contexts, role: false, polarity: false));
        if (contexts.All(string.IsNullOrWhiteSpace)) Assert.Equal(CitationRole.Unclassified, role.Candidate);
    }
}
