using System.Text.RegularExpressions;

namespace HubCrawler.Tests.Deployment;

/// <summary>The container images' Dockerfiles, checked line by line (no hadolint here: it is in neither Debian's
/// nor npm's registry; no Docker engine either, so the images themselves are not built here).</summary>
public sealed class DockerfileTests
{
    public static TheoryData<string, string, string> Images => new()
    {
        { "silo.Dockerfile", "silo/HubCrawler.Silo/HubCrawler.Silo.csproj", "HubCrawler.Silo.dll" },
        { "api.Dockerfile", "client/HubCrawler.ApiHost/HubCrawler.ApiHost.csproj", "HubCrawler.ApiHost.dll" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Builds_in_the_sdk_image_and_ships_only_the_published_output_on_the_aspnet_runtime(string name, string project, string assembly)
    {
        var dockerfile = Dockerfile.Read(name);
        var froms = dockerfile.All("FROM").ToList();
        Assert.Equal(2, froms.Count);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/sdk:10\.0\.\d+ AS build$", froms[0]);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0\.\d+ AS runtime$", froms[1]);

        Assert.Contains(dockerfile.All("RUN"), run => run.StartsWith($"dotnet publish {project} -c Release -o /app", StringComparison.Ordinal));
        var finalStage = dockerfile.FinalStage.ToList();
        Assert.Contains(("COPY", "--from=build /app ./"), finalStage);
        Assert.DoesNotContain(finalStage, i => i.Instruction == "COPY" && !i.Arguments.StartsWith("--from=build", StringComparison.Ordinal));
        Assert.Equal($"[\"dotnet\", \"{assembly}\"]", dockerfile.All("ENTRYPOINT").Single());
    }

    public static TheoryData<string> Names => new() { "silo.Dockerfile", "api.Dockerfile" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Runs_as_the_non_root_app_user_with_a_health_check_on_health(string name)
    {
        var dockerfile = Dockerfile.Read(name);
        var finalStage = dockerfile.FinalStage.ToList();
        var user = finalStage.Last(i => i.Instruction == "USER").Arguments;
        Assert.Equal("app", user);
        // Nothing runs as root after USER, and the image does not switch back.
        var userIndex = finalStage.FindIndex(i => i.Instruction == "USER");
        Assert.DoesNotContain(finalStage.Skip(userIndex + 1), i => i.Instruction is "USER" or "RUN");

        Assert.Equal("http://+:8080", dockerfile.Environment["Urls"]);
        Assert.Contains("8080", dockerfile.All("EXPOSE").Single().Split(' '));
        var health = dockerfile.All("HEALTHCHECK").Single();
        Assert.Matches(@"--interval=\d+s --timeout=\d+s --start-period=\d+s --retries=\d+ CMD \[", health);
        Assert.Contains("/dev/tcp/127.0.0.1/8080", string.Join(' ', dockerfile.HealthCheckCommand));
        Assert.Contains("GET /health ", string.Join(' ', dockerfile.HealthCheckCommand));
    }

    [Fact]
    public void The_silo_image_exposes_the_orleans_ports_the_deployment_maps()
    {
        var ports = Dockerfile.Read("silo.Dockerfile").All("EXPOSE").Single().Split(' ');
        Assert.Equal(["8080", "11111", "30000"], ports);
        var main = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "azure", "main.bicep"));
        Assert.Matches(new Regex(@"var siloPortBase = 11111\b"), main);
        Assert.Matches(new Regex(@"var gatewayPortBase = 30000\b"), main);
        Assert.Matches(new Regex(@"var httpPort = 8080\b"), main);
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_tests_and_local_data()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", "**/node_modules/", ".data/", ".git/", "tests/" }, ignored);
    }
}
