using System.Text.Json;

namespace HubCrawler.Api.Export;

/// <summary>JSON Lines: a line per paper, then a line per edge of it; the API's JSON conventions.</summary>
internal sealed class JsonLinesExportWriter(Stream stream, JsonSerializerOptions json) : ICrawlExportWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public async Task WriteAsync(PaperRow paper, IReadOnlyList<EdgeRow> edges)
    {
        await WriteLineAsync(paper);
        foreach (var edge in edges) await WriteLineAsync(edge);
        await stream.FlushAsync();
    }

    public Task CompleteAsync() => stream.FlushAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task WriteLineAsync<T>(T row)
    {
        await JsonSerializer.SerializeAsync(stream, row, json);
        await stream.WriteAsync(NewLine);
    }
}
