using System.Reflection;
using HubCrawler.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace HubCrawler.Tests.Compatibility;

/// <summary>
/// Stored state outlives class names: every persisted or sent type, grain interface and method carries an alias and every
/// grain a fixed grain type, and state written before the aliases existed still reads. The fixture
/// <c>paper-state-2026-12-02.bin</c> is a <see cref="PaperState"/> serialized by the grain storage's serializer before the
/// aliases were added (its nested lists name their element types by CLR name).
/// </summary>
public sealed class PersistedTypeTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly Assembly[] Ours = [typeof(PaperHub).Assembly, typeof(PaperState).Assembly];

    [Fact]
    public void A_paper_state_written_before_the_aliases_still_reads()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Compatibility", "paper-state-2026-12-02.bin"));
        Assert.Contains("HubCrawler.Abstractions.RoleShare,HubCrawler.Abstractions", Encoding.UTF8.GetString(bytes));

        var state = Serializer.Deserialize<PaperState>(bytes)!;

        Assert.Equal("0123456789abcdef0123456789abcdef01234567", state.Metadata!.PaperId);
        Assert.Equal(new string?[] { "a1b2c3", "d4e5f6", null }, state.Citations.Select(c => c.CitingPaperId));
        Assert.Equal(CitationRole.Method, state.Citations[0].Role);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], state.Citations[0].Authors);
        Assert.NotNull(state.Citations[1].PolarityConfidence);
        Assert.Equal(4, state.Summary!.Roles.Count);
        Assert.Equal(3, state.Summary.PolarityEstimate!.Shares.Count);
        Assert.Equal(["semanticscholar", "openalex"], state.Sources);
        Assert.Equal("unavailable: 503", state.SourceErrors["opencitations"]);
        Assert.Equal(EdgeDirection.Citations, Assert.Single(state.ListCounts).Direction);

        // Written again, the same state names its types by alias, and reads back the same.
        var again = Serializer.SerializeToArray(state);
        var text = Encoding.UTF8.GetString(again);
        Assert.Contains("hubcrawler.RoleShare", text);
        Assert.DoesNotContain("HubCrawler.Abstractions.RoleShare", text);
        Assert.Equal(Serializer.SerializeToArray(Serializer.Deserialize<PaperState>(again)), again);
    }

    [Fact]
    public void Every_serialized_type_grain_interface_and_method_has_an_alias_and_every_grain_a_grain_type()
    {
        var types = Ours.SelectMany(a => a.GetTypes()).Where(t => t.Namespace?.StartsWith("HubCrawler", StringComparison.Ordinal) == true).ToList();
        var missing = new List<string>();
        foreach (var type in types.Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null))
            if (type.GetCustomAttribute<AliasAttribute>() is null) missing.Add(type.FullName!);
        foreach (var type in types.Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)))
        {
            if (type.GetCustomAttribute<AliasAttribute>() is null) missing.Add(type.FullName!);
            missing.AddRange(type.GetMethods().Where(m => m.GetCustomAttribute<AliasAttribute>() is null).Select(m => $"{type.Name}.{m.Name}"));
        }
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t)))
            if (type.GetCustomAttribute<GrainTypeAttribute>() is null) missing.Add(type.FullName!);
        Assert.Empty(missing);

        var aliases = types.Select(t => t.GetCustomAttribute<AliasAttribute>()?.Alias).OfType<string>().ToList();
        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
    }
}
