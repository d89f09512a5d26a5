using System.Diagnostics;
using System.Text.Json.Nodes;

namespace HubCrawler.Tests.Deployment;

/// <summary>infra/azure/main.bicep compiled to an ARM template by infra/azure/build.sh (the Bicep CLI from the NuGet
/// package, failing on any warning), read as JSON. Modules are nested deployments; <see cref="Module"/> finds one.</summary>
public sealed class ArmTemplate
{
    private ArmTemplate(JsonObject root, string buildOutput)
    {
        Root = root;
        BuildOutput = buildOutput;
    }

    public JsonObject Root { get; }
    public string BuildOutput { get; }

    public static ArmTemplate Build()
    {
        var azure = Path.Combine(RepositoryRoot.Path, "infra", "azure");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(azure, "build.sh"));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) throw new TimeoutException("infra/azure/build.sh took over 3 minutes");
        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"infra/azure/build.sh failed ({process.ExitCode}):\n{output}");
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(azure, "bin", "main.json")))!.AsObject();
        return new ArmTemplate(json, output);
    }

    public JsonObject Parameter(string name) => Root["parameters"]![name]!.AsObject();

    /// <summary>The nested deployment of a module, by its deployment name (a module loop's name is a format expression).</summary>
    public JsonObject Module(string deploymentName) =>
        Root["resources"]!.AsArray().Select(r => r!.AsObject())
            .Single(r => (string)r["type"]! == "Microsoft.Resources/deployments" &&
                         ((string)r["name"]! == deploymentName || ((string)r["name"]!).Contains($"'{deploymentName}-{{0}}'")));

    /// <summary>The resources of a module's template, of one type.</summary>
    public static IReadOnlyList<JsonObject> Resources(JsonObject module, string type) =>
        module["properties"]!["template"]!["resources"]!.AsArray().Select(r => r!.AsObject())
            .Where(r => string.Equals((string)r["type"]!, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public static JsonObject Variables(JsonObject module) => module["properties"]!["template"]!["variables"]!.AsObject();

    /// <summary>Every environment variable a module's template declares ({ name: "Section__Key", value | secretRef }).</summary>
    public static IReadOnlyDictionary<string, JsonObject> EnvironmentVariables(JsonObject module)
    {
        var found = new Dictionary<string, JsonObject>();
        Walk(module["properties"]!["template"]!);
        return found;

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["name"] is JsonValue name && name.TryGetValue<string>(out var text) && text.Contains("__") &&
                        (o.ContainsKey("value") || o.ContainsKey("secretRef")))
                        found[text] = o;
                    foreach (var (_, child) in o) Walk(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Walk(child);
                    break;
            }
        }
    }
}
