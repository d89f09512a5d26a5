using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Picks the abstention threshold from out-of-fold validation predictions: the highest
/// probability τ (on a 0.01 grid) such that the predictions below τ were, taken together, right at
/// most half the time. Below τ a guess is more likely wrong than right, so the answer is
/// Unclassified rather than a silent guess.
/// </summary>
internal static class ThresholdRule
{
    public static double Choose(IReadOnlyList<Prediction> predictions, IReadOnlyList<int> gold)
    {
        var chosen = 0.0;
        for (var step = 1; step <= 99; step++)
        {
            var tau = step / 100.0;
            int below = 0, right = 0;
            for (var i = 0; i < predictions.Count; i++)
            {
                if (predictions[i].Probability >= tau) continue;
                below++;
                if (predictions[i].Candidate == gold[i]) right++;
            }
            if (below > 0 && right * 2 <= below) chosen = tau;
        }
        return chosen;
    }
}
