using HubCrawler.Abstractions;

namespace HubCrawler.Classification;

/// <summary>
/// Assigns a citation its role (background / method / comparison) and its polarity (supporting /
/// neutral / contrasting) from the sentences around the citation marker, with the features that
/// decided each verdict. Two multinomial logistic regressions over words, word pairs and
/// cue phrases, trained on SciCite (+ ACL-ARC) and the Athar 2011 citation sentiment corpus;
/// their measured quality and how to retrain them are in MODEL.md. Below a confidence threshold
/// the verdict is Unclassified. Thread-safe; the models are embedded in the assembly.
/// </summary>
public sealed class CitationContextClassifier
{
    private static readonly Lazy<CitationContextClassifier> Embedded =
        new(() => new CitationContextClassifier(ModelResources.Load(ModelResources.Role), ModelResources.Load(ModelResources.Polarity)));

    private readonly CitationRole[] _roles;
    private readonly CitationPolarity[] _polarities;

    internal CitationContextClassifier(LinearModel role, LinearModel polarity)
    {
        RoleModel = role;
        PolarityModel = polarity;
        _roles = role.Labels.Select(Enum.Parse<CitationRole>).ToArray();
        _polarities = polarity.Labels.Select(Enum.Parse<CitationPolarity>).ToArray();
        RoleFigures = ModelCard.Of(role.Document);
        PolarityFigures = ModelCard.Of(polarity.Document);
    }

    /// <summary>The role model's figures on its held-out tests, pooled; <see cref="ShareEstimator"/> corrects role shares with its confusion.</summary>
    public ModelFigures RoleFigures { get; }

    /// <summary>The polarity model's figures on its held-out test.</summary>
    public ModelFigures PolarityFigures { get; }

    /// <summary>The classifier with the models shipped in this assembly, loaded on first use.</summary>
    public static CitationContextClassifier Default => Embedded.Value;

    internal LinearModel RoleModel { get; }
    internal LinearModel PolarityModel { get; }

    /// <summary>The role given by a citation's context sentences; no usable context → Unclassified.</summary>
    public RoleVerdict ClassifyRole(IReadOnlyList<string> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var prediction = RoleModel.Predict(contexts);
        var candidate = prediction.Candidate < 0 ? CitationRole.Unclassified : _roles[prediction.Candidate];
        return new RoleVerdict(prediction.Confident ? candidate : CitationRole.Unclassified, candidate,
            prediction.Probability, prediction.Evidence);
    }

    /// <summary>
    /// The hub's path: the role (when <paramref name="role"/>) and the polarity (when <paramref name="polarity"/>) of
    /// one citation from one featurisation of its contexts, without evidence (the verdicts' Evidence is empty). The
    /// verdicts are the same as <see cref="ClassifyRole"/>'s and <see cref="ClassifyPolarity"/>'s.
    /// </summary>
    public (RoleVerdict? Role, PolarityVerdict? Polarity) Judge(IReadOnlyList<string> contexts, bool role, bool polarity)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        if (!role && !polarity) return (null, null);
        var features = new List<List<string>>(contexts.Count);
        foreach (var context in contexts) features.Add(ContextFeaturizer.Features(context));
        RoleVerdict? roleVerdict = null;
        PolarityVerdict? polarityVerdict = null;
        if (role)
        {
            var p = RoleModel.Predict(features, withEvidence: false);
            var candidate = p.Candidate < 0 ? CitationRole.Unclassified : _roles[p.Candidate];
            roleVerdict = new RoleVerdict(p.Confident ? candidate : CitationRole.Unclassified, candidate, p.Probability, []);
        }
        if (polarity)
        {
            var p = PolarityModel.Predict(features, withEvidence: false);
            var candidate = p.Candidate < 0 ? CitationPolarity.Unclassified : _polarities[p.Candidate];
            polarityVerdict = new PolarityVerdict(p.Confident ? candidate : CitationPolarity.Unclassified, candidate, p.Probability, []);
        }
        return (roleVerdict, polarityVerdict);
    }

    /// <summary>The polarity given by a citation's context sentences; no usable context → Unclassified.</summary>
    public PolarityVerdict ClassifyPolarity(IReadOnlyList<string> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var prediction = PolarityModel.Predict(contexts);
        var candidate = prediction.Candidate < 0 ? CitationPolarity.Unclassified : _polarities[prediction.Candidate];
        return new PolarityVerdict(prediction.Confident ? candidate : CitationPolarity.Unclassified, candidate,
            prediction.Probability, prediction.Evidence);
    }
}
