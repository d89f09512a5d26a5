using HubCrawler.Classification;

namespace HubCrawler.Tests.Classification;

public sealed class EmbeddedModelTests
{
    private static readonly CitationContextClassifier Classifier = CitationContextClassifier.Default;

    [Fact]
    public void The_embedded_models_load_with_their_labels_threshold_and_figures()
    {
        Assert.Equal(["Background", "Method", "Comparison"], Classifier.RoleModel.Labels);
        Assert.Equal(["Supporting", "Neutral", "Contrasting"], Classifier.PolarityModel.Labels);
        foreach (var model in new[] { Classifier.RoleModel, Classifier.PolarityModel })
        {
            Assert.True(model.FeatureCount > 5_000, $"{model.Document.Task}: {model.FeatureCount} features");
            Assert.InRange(model.Threshold, 1.0 / 3, 0.99);
            Assert.True(model.Document.Evaluation.Examples > 0, $"{model.Document.Task}: no test figures in the model file");
        }
    }

    public static TheoryData<string[]> EmptyContexts => new() { Array.Empty<string>(), new[] { "" }, new[] { "   ", "\n" }, new[] { "...", "—" } };

    [Theory]
    [MemberData(nameof(EmptyContexts))]
    public void Empty_contexts_are_unclassified(string[] contexts)
    {
        var role = Classifier.ClassifyRole(contexts);
        var polarity = Classifier.ClassifyPolarity(contexts);
        Assert.Equal(CitationRole.Unclassified, role.Role);
        Assert.Equal(CitationPolarity.Unclassified, polarity.Polarity);
        Assert.Equal(0, role.Probability);
        Assert.Empty(polarity.Evidence);
    }

    [Theory]
    [InlineData("We used the protocol described by Smith et al. (2010) to extract total RNA from the samples.", CitationRole.Method)]
    [InlineData("Samples were processed following the method of Bligh and Dyer [14].", CitationRole.Method)]
    [InlineData("Our results are consistent with those reported previously in mice [12, 13].", CitationRole.Comparison)]
    [InlineData("These findings are in agreement with the earlier observations of Jones (2008).", CitationRole.Comparison)]
    [InlineData("Obesity is a well-established risk factor for type 2 diabetes (Jones 2005; Lee et al. 2007).", CitationRole.Background)]
    [InlineData("Malaria remains one of the leading causes of death in children worldwide [1].", CitationRole.Background)]
    public void Clear_sentences_get_the_expected_role_with_evidence(string context, CitationRole expected)
    {
        var verdict = Classifier.ClassifyRole([context]);
        Assert.True(expected == verdict.Role, $"{verdict.Role} ({verdict.Candidate}, p={verdict.Probability:F2}) because {Describe(verdict.Evidence)}");
        Assert.NotEmpty(verdict.Evidence);
        Assert.All(verdict.Evidence, e => Assert.True(e.Weight > 0));
    }

    [Theory]
    [InlineData("The parser of Collins (1997) achieves state-of-the-art accuracy and has been used successfully in many systems.", CitationPolarity.Supporting)]
    [InlineData("A major drawback of the model of Brown et al. (1993) is its inability to handle many-to-many alignments.", CitationPolarity.Contrasting)]
    [InlineData("Unfortunately, the approach of Brown et al. (1993) performs poorly on long sentences and does not scale.", CitationPolarity.Contrasting)]
    [InlineData("The corpus was annotated with part-of-speech tags (Marcus et al., 1993).", CitationPolarity.Neutral)]
    public void Clear_sentences_get_the_expected_polarity_with_evidence(string context, CitationPolarity expected)
    {
        var verdict = Classifier.ClassifyPolarity([context]);
        Assert.True(expected == verdict.Polarity, $"{verdict.Polarity} ({verdict.Candidate}, p={verdict.Probability:F2}) because {Describe(verdict.Evidence)}");
        Assert.NotEmpty(verdict.Evidence);
    }

    [Fact]
    public void The_evidence_names_the_cue_that_decided_it()
    {
        var verdict = Classifier.ClassifyRole(["Our data are consistent with previous reports (Smith 2001)."]);
        Assert.Equal(CitationRole.Comparison, verdict.Role);
        Assert.Contains(verdict.Evidence, e => e.Feature == "cue:compare" || e.Feature.Contains("consistent", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_contexts_of_one_citation_are_judged_together()
    {
        string[] contexts =
        [
            "Cells were cultured as described previously [21].",
            "Enzyme activity was measured using the assay of [21].",
            "This gene has been studied extensively [21].",
        ];
        var verdict = Classifier.ClassifyRole(contexts);
        Assert.Equal(CitationRole.Method, verdict.Role);
        Assert.True(verdict.Probability < Classifier.ClassifyRole(contexts[..2]).Probability,
            "a background context should weaken a method verdict");
    }

    [Fact]
    public void Below_the_threshold_the_verdict_is_unclassified_but_says_what_it_would_have_been()
    {
        string[] contexts =
        [
            "The results are shown in Table 2 [3].",
            "Unlike Smith et al. (2010), we do not assume that the alignments are given, since their method fails on noisy data.",
            "We used the protocol described by Smith et al. (2010) to extract total RNA from the samples.",
        ];
        var verdicts = contexts.Select(c => Classifier.ClassifyRole([c])).ToList();
        Assert.Contains(verdicts, v => v.Role == CitationRole.Unclassified);
        Assert.Contains(verdicts, v => v.Role != CitationRole.Unclassified);
        foreach (var verdict in verdicts)
        {
            Assert.NotEqual(CitationRole.Unclassified, verdict.Candidate);
            Assert.NotEmpty(verdict.Evidence);
            var confident = verdict.Probability >= Classifier.RoleModel.Threshold;
            Assert.Equal(confident ? verdict.Candidate : CitationRole.Unclassified, verdict.Role);
        }
    }

    // Speed is the bench's (classify-cost: verdicts a CPU-second and the crawl's CPU a paper), not a timed test.
    [Theory]
    [InlineData("On the other hand, the parser of [3] fails on long sentences.", new[] { "cue:contrast", "cue:deficiency" })]
    [InlineData("We attribute the gain to the toolkit of [3].", new[] { "cue:use", "cue:we" })]
    [InlineData("Our parser outperforms [3] and is faster than [4].", new[] { "cue:surpass", "cue:we", "cue:we+surpass" })]
    [InlineData("It doesn't converge, unlike [3].", new[] { "cue:contrast", "cue:negation" })]
    [InlineData("The attribute grammar of [3].", new string[0])]
    public void Cue_phrases_fire_on_whole_words_in_the_groups_order(string context, string[] cues)
    {
        var features = ContextFeaturizer.Features(context);
        Assert.Equal(cues, features.Where(f => f.StartsWith("cue:", StringComparison.Ordinal)).ToArray());
        Assert.Equal(features.Count, features.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("<cite>", features);
    }

    private static string Describe(IReadOnlyList<FeatureEvidence> evidence) =>
        string.Join(", ", evidence.Select(e => $"{e.Feature} {e.Weight:+0.00;-0.00}"));
}
