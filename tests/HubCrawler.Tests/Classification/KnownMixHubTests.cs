using HubCrawler.Classification;
using HubCrawler.ClassifierTraining;
using HubCrawler.Sources.Hubs;
using Xunit.Abstractions;

namespace HubCrawler.Tests.Classification;

/// <summary>
/// A paper whose true label mix is known: its citations' contexts are held-out labelled sentences (SciCite dev for
/// roles, the Athar test split for polarity) drawn in a chosen mix, half of the role labels given by the "source" as
/// intents. The real classifier labels the rest and the real summarizer corrects the shares; every true share must
/// lie in its interval. Over many such papers the corrected shares must be unbiased where the raw counts are not.
/// </summary>
public sealed class KnownMixHubTests(ITestOutputHelper output)
{
    private static readonly Lazy<string> Labels = new(() => LabelsFolder.Find(RepositoryRoot.Path)
        ?? throw new InvalidOperationException("The labelled corpora (shared/data/labels) were not found above the repository."));

    [Fact]
    public void Corrected_shares_hold_the_true_mix_within_their_intervals()
    {
        var random = new Random(15);
        var roleTest = TaskData.Role(Labels.Value).Test;
        var polarityTest = TaskData.Polarity(Labels.Value).Test;
        // Roles: 150 background, 90 method, 60 comparison judged from contexts; 100 method and 50 background from intents.
        int[] roleMix = [150, 90, 60];
        // Polarity: 60 supporting, 200 neutral, 39 contrasting (every contrasting sentence the test split has).
        int[] polarityMix = [60, 200, 39];
        var roleSentences = Draw(roleTest, roleMix, random);
        var polaritySentences = Draw(polarityTest, polarityMix, random);

        var edges = new List<CitationEdge>();
        for (var i = 0; i < Math.Max(roleSentences.Count, polaritySentences.Count); i++)
        {
            // Role-only citations also get a polarity context and vice versa, so every edge is judged on both.
            var roleContext = roleSentences[i % roleSentences.Count];
            var polarityContext = polaritySentences[i % polaritySentences.Count];
            if (i < roleSentences.Count)
                edges.Add(new CitationEdge { CitingPaperId = $"r{i}", Contexts = [roleContext.Text], Polarity = CitationPolarity.Neutral });
            if (i < polaritySentences.Count)
                edges.Add(new CitationEdge { CitingPaperId = $"p{i}", Contexts = [polarityContext.Text], Role = CitationRole.Background, Intents = ["background"] });
        }
        edges.AddRange(Enumerable.Range(0, 100).Select(i => new CitationEdge { CitingPaperId = $"m{i}", Intents = ["methodology"], Role = CitationRole.Method, Polarity = CitationPolarity.Neutral }));

        var summary = HubSummarizer.Summarize(ContextClassification.Apply(edges));

        // Truth. Roles: contexts judged + source intents (299 polarity edges are background from intents, 100 method).
        double[] roleTruth = [roleMix[0] + polaritySentences.Count, roleMix[1] + 100, roleMix[2]];
        AssertHolds(summary.RoleEstimate!, roleTruth, expectedFromSource: polaritySentences.Count + 100, expectedFromModel: roleSentences.Count);
        // Polarity: the role edges and the method edges carry Neutral from the "source".
        double[] polarityTruth = [polarityMix[0], polarityMix[1] + roleSentences.Count + 100, polarityMix[2]];
        var polarity = summary.PolarityEstimate!;
        AssertHolds(polarity, polarityTruth, expectedFromSource: roleSentences.Count + 100, expectedFromModel: polaritySentences.Count);
        foreach (var e in new[] { summary.RoleEstimate!, polarity })
            output.WriteLine($"{e.Task}: " + string.Join(", ", e.Shares.Select(s => $"{s.Label} {s.Share:P1} ± {s.Margin:P1} (raw {s.RawShare:P1})")));

        // Each classifier-judged citation keeps the classifier's answer and confidence.
        Assert.All(ContextClassification.Apply(edges).Where(e => e.CitingPaperId!.StartsWith('r')), e =>
        {
            Assert.NotEqual(CitationRole.Unclassified, e.RoleCandidate);
            Assert.InRange(e.RoleConfidence!.Value, 0.34, 1);
        });
    }

    [Fact]
    public void Over_many_papers_the_corrected_polarity_shares_are_unbiased_and_their_intervals_cover_the_truth()
    {
        var test = TaskData.Polarity(Labels.Value).Test;
        // Each held-out sentence classified once; the papers below reuse the verdicts.
        var pools = Enumerable.Range(0, 3).Select(label => test.Where(e => e.Label == label)
            .Select(e => CitationContextClassifier.Default.ClassifyPolarity([e.Text])).ToArray()).ToArray();
        string[] names = ["Supporting", "Neutral", "Contrasting"];
        var random = new Random(1515);
        const int papers = 300, citations = 400;
        var rawError = new double[3];
        var correctedError = new double[3];
        var covered = new int[3];
        for (var paper = 0; paper < papers; paper++)
        {
            var contrasting = 0.02 + 0.2 * random.NextDouble();
            var supporting = 0.05 + 0.25 * random.NextDouble();
            double[] truth = [supporting, 1 - supporting - contrasting, contrasting];
            var edges = new List<CitationEdge>();
            var counts = new int[3];
            for (var i = 0; i < citations; i++)
            {
                var u = random.NextDouble();
                var label = u < truth[0] ? 0 : u < truth[0] + truth[1] ? 1 : 2;
                counts[label]++;
                var verdict = pools[label][random.Next(pools[label].Length)];
                edges.Add(new CitationEdge
                {
                    CitingPaperId = $"c{i}", Role = CitationRole.Background, Polarity = verdict.Polarity,
                    PolarityCandidate = verdict.Candidate, PolarityConfidence = verdict.Probability,
                });
            }
            var estimate = HubSummarizer.Summarize(edges).PolarityEstimate!;
            for (var c = 0; c < 3; c++)
            {
                var share = estimate.Shares.Single(s => s.Label == names[c]);
                var actual = (double)counts[c] / citations;
                rawError[c] += (share.RawShare - actual) / papers;
                correctedError[c] += (share.Share - actual) / papers;
                if (Math.Abs(share.Share - actual) <= share.Margin) covered[c]++;
            }
        }
        var report = string.Join("; ", Enumerable.Range(0, 3).Select(c =>
            $"{names[c]}: mean error raw {rawError[c]:+0.000;-0.000}, corrected {correctedError[c]:+0.000;-0.000}, covered {covered[c] * 100 / papers}%"));
        output.WriteLine(report);
        for (var c = 0; c < 3; c++)
        {
            Assert.True(Math.Abs(correctedError[c]) < 0.015, report);
            Assert.True(covered[c] >= papers * 0.85, report);
        }
        // The raw count misses most contrasting citations (its recall is about a quarter); the correction does not.
        Assert.True(rawError[2] < -0.03 && Math.Abs(correctedError[2]) < Math.Abs(rawError[2]) / 3, report);
    }

    private static void AssertHolds(EstimatedShares estimate, double[] truthCounts, int expectedFromSource, int expectedFromModel)
    {
        Assert.Equal(expectedFromSource, estimate.FromSource);
        Assert.Equal(expectedFromModel, estimate.FromModel);
        Assert.Equal(1, estimate.Shares.Sum(s => s.Share), 3);
        Assert.NotNull(estimate.Model);
        var total = truthCounts.Sum();
        for (var i = 0; i < truthCounts.Length; i++)
        {
            var share = estimate.Shares[i];
            var truth = truthCounts[i] / total;
            Assert.True(Math.Abs(share.Share - truth) <= share.Margin,
                $"{estimate.Task} {share.Label}: estimated {share.Share:P1} ± {share.Margin:P1} (raw {share.RawShare:P1}), true {truth:P1}");
        }
    }

    private static List<LabelledExample> Draw(IReadOnlyList<LabelledExample> test, int[] mix, Random random) =>
        mix.SelectMany((count, label) => test.Where(e => e.Label == label).OrderBy(_ => random.Next()).Take(count))
            .OrderBy(_ => random.Next()).ToList();
}
