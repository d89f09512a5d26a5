namespace HubCrawler.Classification;

/// <summary>
/// A few hand-written groups of cue phrases from the citation-function and citation-sentiment
/// literature. Each group fires one feature ("cue:compare", ...) when any of its phrases occurs,
/// so that rare members share the weight the common ones earn; "cue:we+surpass" fires when a
/// sentence in the first person also claims to beat something ("our parser outperforms CITE").
/// </summary>
internal static class CuePhrases
{
    public const string We = "cue:we";
    public const string Surpass = "cue:surpass";
    public const string WeSurpass = "cue:we+surpass";
    public const string Negation = "cue:negation";

    public static readonly IReadOnlyList<(string Feature, string[] Phrases)> Groups =
    [
        ("cue:compare",
        [
            "consistent with", "inconsistent with", "in agreement with", "in line with", "in accordance with",
            "agrees with", "agree with", "similar to", "similar results", "compared with", "compared to",
            "comparable to", "contrary to", "confirm", "confirms", "confirmed", "corroborate", "corroborates",
            "previously reported", "as reported", "differ from", "differs from", "in contrast to", "in contrast with",
        ]),
        ("cue:use",
        [
            "we used", "we use", "we adopt", "we adopted", "we follow", "we followed", "we employ", "we employed",
            "we apply", "we applied", "following", "was used", "were used", "is used", "are used", "using the",
            "according to", "as described", "described previously", "previously described", "adapted from",
            "based on", "was performed", "were performed", "was measured", "were measured", "was calculated",
            "were calculated", "obtained from", "was applied", "were applied", "implementation of", "toolkit",
        ]),
        ("cue:praise",
        [
            "successful", "successfully", "success", "effective", "effectively", "state-of-the-art", "state of the art",
            "accurate", "robust", "popular", "widely used", "well known", "well-known", "powerful", "elegant",
            "promising", "excellent", "impressive", "efficient", "efficiently", "high accuracy", "good results",
            "good performance", "useful", "valuable", "seminal", "pioneering", "remarkable", "significant improvement",
            "significant improvements", "best", "good", "competitive",
        ]),
        ("cue:contrast",
        [
            "however", "but", "although", "though", "whereas", "unlike", "in contrast", "rather than", "instead of",
            "on the other hand", "despite", "nevertheless", "unfortunately", "while",
        ]),
        ("cue:deficiency",
        [
            "fail", "fails", "failed", "failure", "problem", "problems", "lack", "lacks", "lacking", "poor", "poorly",
            "limited", "limitation", "limitations", "drawback", "drawbacks", "suffer", "suffers", "suffering", "unable",
            "cannot", "can not", "does not", "do not", "did not", "not able", "difficult", "difficulty", "expensive",
            "costly", "weakness", "weaknesses", "inadequate", "inadequately", "insufficient", "not sufficient",
            "unclear", "shortcoming", "shortcomings", "inconsistent", "controversial", "ad hoc", "error-prone",
            "no results", "sensitive to", "deficiency", "restricted", "ignore", "ignores", "ignored", "neglect",
            "neglects", "neglected", "worse", "noisy", "unreliable", "impractical", "naive", "simplistic", "crude",
            "questionable", "unrealistic", "only", "too",
        ]),
        (Surpass,
        [
            "outperform", "outperforms", "outperformed", "improvement over", "improvements over", "improves over",
            "improve upon", "improves upon", "improved upon", "better than", "superior to", "faster than",
            "higher than", "more accurate than", "error reduction", "reduction in error", "surpass", "surpasses",
            "exceed", "exceeds", "beats", "over the baseline",
        ]),
        (We, ["we", "our", "us", "ours"]),
        (Negation, ["not", "no", "never", "neither", "nor", "without", "cannot"]),
    ];
}
