using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HubCrawler.Classification;

/// <summary>
/// The JSON form of a trained model: labels, bias, one weight per label for every kept feature,
/// the abstention threshold, and the settings and test figures it was trained and measured with.
/// Written one feature per line, sorted, so a retrain that changes nothing changes no byte.
/// </summary>
internal sealed class ModelDocument
{
    // A data file, never embedded in HTML: "<cite>" stays readable instead of "\u003Ccite\u003E".
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public required string Task { get; init; }
    public required string[] Labels { get; init; }
    public required double Threshold { get; init; }
    public required double[] Bias { get; init; }
    public required TrainingSettings Training { get; init; }
    public required ModelEvaluation Evaluation { get; init; }

    /// <summary>A second held-out test from another corpus (roles: ACL-ARC), or null.</summary>
    public ModelEvaluation? SecondaryEvaluation { get; init; }

    // Last, so that Write can append it by hand one feature per line.
    public required Dictionary<string, double[]> Features { get; init; }

    public static ModelDocument Read(Stream json) =>
        JsonSerializer.Deserialize<ModelDocument>(json, Options)
        ?? throw new InvalidDataException("The model file is empty.");

    public string Write()
    {
        var header = JsonSerializer.Serialize(new ModelDocument
        {
            Task = Task, Labels = Labels, Threshold = Threshold, Bias = Bias, Training = Training,
            Evaluation = Evaluation, SecondaryEvaluation = SecondaryEvaluation, Features = [],
        }, Options).ReplaceLineEndings("\n");
        const string emptyFeatures = "\"features\": {}\n}";
        if (!header.EndsWith(emptyFeatures, StringComparison.Ordinal))
            throw new InvalidOperationException("Features must be the last property of the model document.");

        var json = new StringBuilder(header, 0, header.Length - emptyFeatures.Length, header.Length + Features.Count * 48);
        json.Append("\"features\": {\n");
        var names = Features.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            json.Append("    ").Append(JsonSerializer.Serialize(names[i], Options)).Append(": [");
            var weights = Features[names[i]];
            for (var k = 0; k < weights.Length; k++)
            {
                if (k > 0) json.Append(", ");
                json.Append(weights[k].ToString("R", CultureInfo.InvariantCulture));
            }
            json.Append(i + 1 < names.Length ? "],\n" : "]\n");
        }
        return json.Append("  }\n}\n").ToString();
    }
}
