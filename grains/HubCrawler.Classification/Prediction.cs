namespace HubCrawler.Classification;

/// <summary>
/// What a <see cref="LinearModel"/> says about a set of contexts: the index of the best label
/// (-1 without evidence), whether it met the threshold, its probability, and the features that
/// raised it over the runner-up.
/// </summary>
internal sealed record Prediction(int Candidate, bool Confident, double Probability, IReadOnlyList<FeatureEvidence> Evidence)
{
    public static readonly Prediction NoEvidence = new(-1, false, 0, []);
}
