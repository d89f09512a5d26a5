namespace HubCrawler.Classification;

/// <summary>Loads the trained models embedded in this assembly (Models/*.json).</summary>
internal static class ModelResources
{
    public const string Role = "role";
    public const string Polarity = "polarity";

    public static LinearModel Load(string task)
    {
        var name = $"HubCrawler.Classification.Models.{task}.json";
        using var stream = typeof(ModelResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing; run the training console (see MODEL.md).");
        var document = ModelDocument.Read(stream);
        if (document.Task != task) throw new InvalidDataException($"The embedded model '{name}' is for '{document.Task}'.");
        return new LinearModel(document);
    }
}
