namespace HubCrawler.Classification;

/// <summary>
/// One feature that pushed a verdict towards its label: <paramref name="Feature"/> is a word
/// ("following"), a word pair ("we used", "&lt;cite&gt; reported"; "&lt;cite&gt;" stands for any
/// citation marker, "&lt;s&gt;" for the start of the sentence) or a cue-phrase group
/// ("cue:compare"); <paramref name="Weight"/> is how much it raised the log-odds of the label over
/// the runner-up label, averaged over the contexts.
/// </summary>
public sealed record FeatureEvidence(string Feature, double Weight);
