using System.Buffers.Binary;

namespace HubCrawler.Simulator;

/// <summary>Turns a <see cref="CitationEdges"/> structure into papers with metadata and citation records.</summary>
internal static class SyntheticPaperFactory
{
    private const int FirstYear = 2015;
    private const int Years = 11;
    private const int ContextPoolSize = 1024;
    private const double EmptyContextsRate = 0.15;
    private const double InfluentialRate = 0.1;
    private const int ArxivNumbersPerMonth = 100_000;

    /// <summary>Builds every paper and, per cited paper, its citation records in edge order.</summary>
    public static (SimPaper[] Papers, SimCitation[][] Citations) Create(SyntheticGraphOptions options, CitationEdges edges)
    {
        var count = edges.PaperCount;
        var titles = new string[count];
        var metadataRandom = new DeterministicRandom(options.Seed, 2);
        var text = new SyntheticText(metadataRandom);
        for (var i = 0; i < count; i++)
        {
            titles[i] = text.Title();
        }

        var citations = CreateCitations(options, edges, titles);
        var references = new int[count];
        foreach (var citing in edges.Citing)
        {
            if (citing >= 0)
            {
                references[citing]++;
            }
        }

        var authorPool = new SimAuthor?[Math.Max(64, count / 2)];
        var arxivCounters = new Dictionary<int, int>();
        var papers = new SimPaper[count];
        var preprintRandom = options.PreprintOnlyRate > 0 ? new DeterministicRandom(options.Seed, 8) : null;
        for (var i = 0; i < count; i++)
        {
            var preprintOnly = preprintRandom is not null && preprintRandom.NextDouble() < options.PreprintOnlyRate;
            var year = i < options.Papers
                ? FirstYear + (int)((long)Years * i / options.Papers)
                : FirstYear + metadataRandom.Next(Years);
            var month = metadataRandom.Next(1, 13);
            var day = metadataRandom.Next(1, 29);
            var influential = 0;
            foreach (var citation in citations[i])
            {
                if (citation.IsInfluential)
                {
                    influential++;
                }
            }

            var arxivId = NextArxivId(arxivCounters, year, month);
            papers[i] = new SimPaper
            {
                Index = i,
                PaperId = PaperIdOf(options.Seed, i),
                ArxivId = arxivId,
                Doi = preprintOnly ? SimPaper.ArxivDoiPrefix + arxivId : DoiOf(i),
                HasJournalDoi = !preprintOnly,
                CorpusId = SyntheticGraph.CorpusIdBase + i,
                Title = titles[i],
                TextSeed = options.Seed,
                Year = year,
                PublicationDate = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"),
                Venue = text.Venue(),
                Authors = PickAuthors(metadataRandom, authorPool),
                CitationCount = citations[i].Length,
                InfluentialCitationCount = influential,
                ReferenceCount = references[i] + UnresolvedReferences.Count(options, i, references[i]),
            };
        }

        return (papers, citations);
    }

    /// <summary>The DOI of the paper with the given index.</summary>
    private static string DoiOf(int index) => "10.5555/hubsim." + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// 40 hex characters from SplitMix64 outputs; the first 64 bits are a bijection of (seed, index), so ids never
    /// collide within a graph.
    /// </summary>
    private static string PaperIdOf(int seed, int index)
    {
        var state = ((ulong)(uint)seed << 32) | (uint)index;
        Span<byte> bytes = stackalloc byte[24];
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes[(i * 8)..], DeterministicRandom.SplitMix64(ref state));
        }

        return Convert.ToHexStringLower(bytes[..20]);
    }

    private static string NextArxivId(Dictionary<int, int> counters, int year, int month)
    {
        var monthKey = ((year - 2000) * 12) + month - 1;
        int used;
        while ((used = counters.GetValueOrDefault(monthKey)) >= ArxivNumbersPerMonth - 1)
        {
            monthKey++;
        }

        counters[monthKey] = used + 1;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{monthKey / 12 % 100:D2}{(monthKey % 12) + 1:D2}.{used + 1:D5}");
    }

    private static SimCitation[][] CreateCitations(SyntheticGraphOptions options, CitationEdges edges, string[] titles)
    {
        var count = edges.PaperCount;
        var offsets = new int[count + 1];
        foreach (var cited in edges.Cited)
        {
            offsets[cited + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var order = new int[edges.Cited.Count];
        var fill = offsets.AsSpan(0, count).ToArray();
        for (var record = 0; record < edges.Cited.Count; record++)
        {
            order[fill[edges.Cited[record]]++] = record;
        }

        var random = new DeterministicRandom(options.Seed, 3);
        var text = new SyntheticText(random);
        var sentences = new string[ContextPoolSize];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = text.Sentence();
        }

        var contextSets = new string[ContextPoolSize][];
        for (var i = 0; i < contextSets.Length; i++)
        {
            contextSets[i] = new string[random.Next(1, 4)];
            for (var k = 0; k < contextSets[i].Length; k++)
            {
                contextSets[i][k] = sentences[random.Next(sentences.Length)];
            }
        }

        var citations = new SimCitation[count][];
        for (var paper = 0; paper < count; paper++)
        {
            var records = new SimCitation[offsets[paper + 1] - offsets[paper]];
            for (var k = 0; k < records.Length; k++)
            {
                var citing = edges.Citing[order[offsets[paper] + k]];
                records[k] = new SimCitation(
                    citing >= 0 ? citing : null,
                    citing >= 0 ? titles[citing] : text.Title(),
                    CitationIntents.Draw(random),
                    random.NextDouble() < EmptyContextsRate ? [] : contextSets[random.Next(contextSets.Length)],
                    random.NextDouble() < InfluentialRate);
            }

            citations[paper] = records;
        }

        return citations;
    }

    private static SimAuthor[] PickAuthors(DeterministicRandom random, SimAuthor?[] pool)
    {
        var authors = new SimAuthor[random.Next(1, 7)];
        Span<int> numbers = stackalloc int[authors.Length];
        for (var i = 0; i < authors.Length; i++)
        {
            int number;
            do
            {
                number = random.Next(pool.Length);
            }
            while (numbers[..i].Contains(number));

            numbers[i] = number;
            authors[i] = pool[number] ??= new SimAuthor(
                (2_000_000 + number).ToString(CultureInfo.InvariantCulture),
                SyntheticText.AuthorName(number));
        }

        return authors;
    }
}
