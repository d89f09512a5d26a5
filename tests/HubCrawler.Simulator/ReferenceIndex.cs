namespace HubCrawler.Simulator;

/// <summary>The citation records of a graph inverted: per citing paper, the (cited paper, record position) pairs of
/// every record it made, ordered by cited index then position. Two flat arrays and offsets, so even a graph of
/// hundreds of thousands of papers costs a few bytes a record.</summary>
internal sealed class ReferenceIndex
{
    private readonly int[] _offsets;
    private readonly int[] _cited;
    private readonly int[] _records;

    private ReferenceIndex(int[] offsets, int[] cited, int[] records)
    {
        _offsets = offsets;
        _cited = cited;
        _records = records;
    }

    /// <summary>Inverts <paramref name="citations"/> (per cited paper, its records).</summary>
    public static ReferenceIndex Build(SimCitation[][] citations)
    {
        var offsets = new int[citations.Length + 1];
        foreach (var records in citations)
        {
            foreach (var record in records)
            {
                if (record.CitingIndex is { } citing)
                {
                    offsets[citing + 1]++;
                }
            }
        }

        for (var i = 0; i < citations.Length; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var cited = new int[offsets[^1]];
        var positions = new int[offsets[^1]];
        var fill = offsets.AsSpan(0, citations.Length).ToArray();
        for (var paper = 0; paper < citations.Length; paper++)
        {
            var records = citations[paper];
            for (var k = 0; k < records.Length; k++)
            {
                if (records[k].CitingIndex is { } citing)
                {
                    var at = fill[citing]++;
                    cited[at] = paper;
                    positions[at] = k;
                }
            }
        }

        return new ReferenceIndex(offsets, cited, positions);
    }

    /// <summary>The cited papers and record positions of the references the paper made, as arrays.</summary>
    public (int[] Cited, int[] Records) Of(int index) =>
        (_cited[_offsets[index].._offsets[index + 1]], _records[_offsets[index].._offsets[index + 1]]);
}
