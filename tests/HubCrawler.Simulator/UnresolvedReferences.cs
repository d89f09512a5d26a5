namespace HubCrawler.Simulator;

/// <summary>
/// The references of a paper to works outside the graph (Semantic Scholar lists them with a null paperId and a
/// title). Drawn from a generator of their own per paper, so that the rate changes nothing else of the graph and
/// the list is the same on every call.
/// </summary>
internal static class UnresolvedReferences
{
    private const int CountStream = 5;
    private const int TextStream = 6;
    private const double InfluentialRate = 0.1;

    /// <summary>How many unresolved references follow each of the paper's <paramref name="resolved"/> references.</summary>
    public static int[] CountsAfter(SyntheticGraphOptions options, int index, int resolved)
    {
        var counts = new int[resolved];
        if (!(options.UnresolvedReferenceRate > 0))
        {
            return counts;
        }

        var random = new DeterministicRandom(options.Seed, CountStream, index);
        for (var i = 0; i < resolved; i++)
        {
            while (random.NextDouble() < options.UnresolvedReferenceRate)
            {
                counts[i]++;
            }
        }

        return counts;
    }

    /// <summary>The total of <see cref="CountsAfter"/>.</summary>
    public static int Count(SyntheticGraphOptions options, int index, int resolved) => CountsAfter(options, index, resolved).Sum();

    /// <summary>Draws the unresolved references of the paper, in the order they are listed.</summary>
    public static IEnumerable<SimReference> Draw(SyntheticGraphOptions options, int index, int count)
    {
        var random = new DeterministicRandom(options.Seed, TextStream, index);
        var text = new SyntheticText(random);
        for (var i = 0; i < count; i++)
        {
            var title = text.Title();
            var intents = CitationIntents.Draw(random);
            string[] contexts = random.NextDouble() < 0.15 ? [] : [text.Sentence()];
            yield return new SimReference(null, title, intents, contexts, random.NextDouble() < InfluentialRate);
        }
    }
}
