using System.Diagnostics;
using HubCrawler.Tests.Api;
using Xunit.Abstractions;

namespace HubCrawler.Tests.OpenApi;

/// <summary>The served OpenAPI document passes the third-party linters generated clients are checked with: Redocly's
/// recommended rules and Spectral's <c>spectral:oas</c>, both from the pinned npm set in infra/lint.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiLintTests(Api.ApiHost host, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string LintFolder = Path.Combine(RepositoryRoot.Path, "infra", "lint");
    private readonly string _folder = Directory.CreateTempSubdirectory("hubcrawler-openapi-").FullName;
    private string _document = "";

    public async Task InitializeAsync()
    {
        await LintInstall.Value;
        _document = Path.Combine(_folder, "openapi.json");
        await File.WriteAllTextAsync(_document, await host.Http.GetStringAsync("/openapi/v1.json"));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Redocly_recommended_finds_no_errors()
    {
        var run = await Run(Tool("redocly"), "lint", _document, "--extends=recommended", "--format=json");
        var totals = JsonDocument.Parse(JsonStart(run.Output)).RootElement.GetProperty("totals");
        output.WriteLine($"redocly: {totals.GetProperty("errors").GetInt32()} errors, {totals.GetProperty("warnings").GetInt32()} warnings");
        Assert.True(totals.GetProperty("errors").GetInt32() == 0, run.Output + run.Errors);
    }

    [Fact]
    public async Task Spectral_oas_finds_no_errors()
    {
        var ruleset = Path.Combine(_folder, ".spectral.yaml");
        await File.WriteAllTextAsync(ruleset, "extends: [\"spectral:oas\"]\n");
        var run = await Run(Tool("spectral"), "lint", _document, "--ruleset", ruleset, "--format", "json", "--fail-severity", "error", "--quiet");
        var findings = JsonDocument.Parse(JsonStart(run.Output)).RootElement.EnumerateArray().ToList();
        // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
        var errors = findings.Count(f => f.GetProperty("severity").GetInt32() == 0);
        output.WriteLine($"spectral: {errors} errors, {findings.Count(f => f.GetProperty("severity").GetInt32() == 1)} warnings");
        Assert.True(errors == 0, run.Output + run.Errors);
        Assert.Equal(0, run.ExitCode);
    }

    /// <summary>A clean clone has no node_modules: install the pinned set once per test run.</summary>
    private static readonly Lazy<Task> LintInstall = new(async () =>
    {
        if (File.Exists(Tool("redocly")) && File.Exists(Tool("spectral"))) return;
        var install = await Run("npm", "ci", "--prefix", LintFolder, "--no-audit", "--no-fund", "--loglevel=error");
        if (install.ExitCode != 0) throw new InvalidOperationException("npm ci --prefix infra/lint failed: " + install.Errors);
    });

    private static string Tool(string name) => Path.Combine(LintFolder, "node_modules", ".bin", name);

    // Both tools may print a notice before their JSON.
    private static string JsonStart(string text)
    {
        var start = text.IndexOfAny(['{', '[']);
        return start < 0 ? throw new InvalidOperationException("no JSON in: " + text) : text[start..];
    }

    private static async Task<(int ExitCode, string Output, string Errors)> Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No telemetry or update checks: CI has no internet.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
