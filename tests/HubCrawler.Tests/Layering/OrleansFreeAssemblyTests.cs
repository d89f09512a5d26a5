using System.Reflection;
using HubCrawler.Classification;
using HubCrawler.Sources;

namespace HubCrawler.Tests.Layering;

/// <summary>The sources, the classifier and the CLI know no grains: their projects do not compile against Orleans
/// (HubCrawler.Abstractions keeps Orleans' compile assets private), and their assemblies reference none of Orleans'.</summary>
public sealed class OrleansFreeAssemblyTests
{
    public static TheoryData<string> OrleansFree => new()
    {
        typeof(PaperSources).Assembly.GetName().Name!,
        typeof(CitationContextClassifier).Assembly.GetName().Name!,
        "hubcrawler",
    };

    [Theory]
    [MemberData(nameof(OrleansFree))]
    public void The_assembly_references_no_Orleans_assembly(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var orleans = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Orleans", StringComparison.Ordinal)).ToList();

        Assert.Empty(orleans);
    }

    [Fact]
    public void The_grains_assembly_does_reference_Orleans_so_the_check_can_see_a_reference()
    {
        var grains = typeof(HubCrawler.Grains.PaperGrain).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.Contains("Orleans.Core.Abstractions", grains);
    }
}
