using HubCrawler.Abstractions;

namespace HubCrawler.Classification;

/// <summary>
/// How a citation's contexts speak of the cited paper. <see cref="Polarity"/> is
/// <see cref="CitationPolarity.Unclassified"/> when there is no context to judge from, or when the
/// model's probability for its best label is below the confidence threshold measured on
/// validation data; <see cref="Candidate"/> and <see cref="Probability"/> then still say what it
/// would have guessed and how sure it was.
/// </summary>
/// <param name="Polarity">The verdict, or Unclassified.</param>
/// <param name="Candidate">The most probable label, whether or not it met the threshold (Unclassified without evidence).</param>
/// <param name="Probability">The model's probability for <paramref name="Candidate"/> (0 without evidence).</param>
/// <param name="Evidence">The features that most raised the candidate over the runner-up, strongest first.</param>
public sealed record PolarityVerdict(
    CitationPolarity Polarity,
    CitationPolarity Candidate,
    double Probability,
    IReadOnlyList<FeatureEvidence> Evidence);
