using HubCrawler.Classification;

namespace HubCrawler.Tests.Classification;

/// <summary>Adjusted classify-and-count on counts whose true mix is known by construction.</summary>
public sealed class ShareEstimatorTests
{
    // Rows: true label; columns: predicted. A classifier that calls a third of the rare label's citations neutral
    // and some neutral ones rare, like the polarity model.
    private static readonly int[][] Confusion = [[80, 35, 5], [40, 1000, 40], [4, 20, 15]];

    private static int[] ExpectedPredictions(double[] truth, int n)
    {
        var rows = Confusion.Select(r => r.Select(x => (double)x / r.Sum()).ToArray()).ToArray();
        return Enumerable.Range(0, 3).Select(j => (int)Math.Round(n * Enumerable.Range(0, 3).Sum(i => truth[i] * rows[i][j]))).ToArray();
    }

    [Fact]
    public void Recovers_the_true_mix_from_the_counts_the_confusion_would_give()
    {
        double[] truth = [0.15, 0.7, 0.15];
        var predicted = ExpectedPredictions(truth, 100_000);

        var (shares, margins) = ShareEstimator.Correct(predicted, Confusion);

        Assert.Equal(1, shares.Sum(), 6);
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(shares[i], truth[i] - 0.015, truth[i] + 0.015);
            Assert.InRange(truth[i], shares[i] - margins[i], shares[i] + margins[i]);
        }
        // The raw count of the rare label is far off (its predictions are mostly neutral citations), the corrected one is not.
        var raw = (double)predicted[2] / predicted.Sum();
        Assert.True(Math.Abs(raw - truth[2]) > 3 * Math.Abs(shares[2] - truth[2]), $"raw {raw:F3}, corrected {shares[2]:F3}, truth {truth[2]}");
    }

    [Fact]
    public void Intervals_narrow_with_more_citations_but_not_below_the_test_splits_own_noise()
    {
        double[] truth = [0.2, 0.7, 0.1];
        var small = ShareEstimator.Correct(ExpectedPredictions(truth, 100), Confusion).Margins;
        var large = ShareEstimator.Correct(ExpectedPredictions(truth, 100_000), Confusion).Margins;

        for (var i = 0; i < 3; i++) Assert.True(large[i] < small[i], $"label {i}: {large[i]} vs {small[i]}");
        // 39 rare examples in the test split bound what any number of citations can tell about the rare share.
        Assert.True(large[2] > 0.01, $"rare label margin {large[2]}");
    }

    [Fact]
    public void A_mix_outside_what_the_classifier_explains_is_clipped_to_the_simplex()
    {
        // Fewer rare predictions than the neutral citations alone would give: the least-squares answer is on the edge.
        var (shares, margins) = ShareEstimator.Correct([0, 1000, 0], Confusion);

        Assert.All(shares, s => Assert.InRange(s, 0, 1));
        Assert.Equal(1, shares.Sum(), 6);
        Assert.True(shares[1] > 0.95);
        Assert.All(margins, m => Assert.InRange(m, 0, 1));
    }

    [Fact]
    public void No_predictions_give_no_shares_and_a_wrong_shape_is_refused()
    {
        var (shares, margins) = ShareEstimator.Correct([0, 0, 0], Confusion);
        Assert.All(shares.Concat(margins), x => Assert.Equal(0, x));
        Assert.Throws<ArgumentException>(() => ShareEstimator.Correct([1, 2], Confusion));
    }
}
