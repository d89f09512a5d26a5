namespace HubCrawler.Tests.Deployment;

/// <summary>One of infra/docker/*.Dockerfile read as instructions (continuation lines joined, comments dropped).</summary>
public sealed class Dockerfile
{
    private Dockerfile(string name, IReadOnlyList<(string Instruction, string Arguments)> instructions)
    {
        Name = name;
        Instructions = instructions;
    }

    public string Name { get; }
    public IReadOnlyList<(string Instruction, string Arguments)> Instructions { get; }

    public static Dockerfile Read(string name)
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var raw in File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "infra", "docker", name)))
        {
            var line = raw.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#'))) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1].TrimEnd() + " ";
                continue;
            }
            var full = (pending + line).Trim();
            pending = "";
            var space = full.IndexOf(' ');
            instructions.Add((full[..space].ToUpperInvariant(), full[(space + 1)..].Trim()));
        }
        return new Dockerfile(name, instructions);
    }

    public IEnumerable<string> All(string instruction) =>
        Instructions.Where(i => i.Instruction == instruction).Select(i => i.Arguments);

    /// <summary>The stages from the last FROM on (the image that ships).</summary>
    public IEnumerable<(string Instruction, string Arguments)> FinalStage =>
        Instructions.Skip(Instructions.Select((i, index) => (i, index)).Last(x => x.i.Instruction == "FROM").index);

    /// <summary>ENV NAME=value pairs of the final stage.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        FinalStage.Where(i => i.Instruction == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    /// <summary>The exec-form command of HEALTHCHECK ... CMD [...].</summary>
    public IReadOnlyList<string> HealthCheckCommand
    {
        get
        {
            var arguments = All("HEALTHCHECK").Single();
            var json = arguments[(arguments.IndexOf("CMD [", StringComparison.Ordinal) + 4)..];
            return JsonSerializer.Deserialize<string[]>(json)!;
        }
    }
}
