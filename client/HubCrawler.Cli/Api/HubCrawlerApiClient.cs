using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HubCrawler.Cli.Api;

/// <summary>The HubCrawler HTTP API as the CLI uses it. Every failure becomes one of two exceptions:
/// <see cref="ApiProblemException"/> (the API answered with an error) or <see cref="ApiUnreachableException"/> (no answer).</summary>
internal sealed class HubCrawlerApiClient : IDisposable
{
    private readonly HttpClient _http;
    // Event streams stay open as long as the crawl runs: no overall timeout.
    private readonly HttpClient _streams;

    public HubCrawlerApiClient(Uri api, TimeSpan timeout) : this(api, timeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5))
    {
    }

    public HubCrawlerApiClient(Uri api, TimeSpan timeout, TimeSpan reconnectDelay, TimeSpan reconnectFor)
    {
        // A trailing slash keeps a base path (http://host/hubcrawler/) when relative paths are resolved against it.
        Api = api.AbsoluteUri.EndsWith('/') ? api : new Uri(api.AbsoluteUri + "/");
        _http = new HttpClient { BaseAddress = Api, Timeout = timeout };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("hubcrawler-cli", "1.0"));
        // Starting and cancelling crawls need the server's API key unless the CLI runs on the server itself.
        if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key) _http.DefaultRequestHeaders.Add("X-Api-Key", key);
        _streams = new HttpClient { BaseAddress = Api, Timeout = Timeout.InfiniteTimeSpan };
        foreach (var header in _http.DefaultRequestHeaders) _streams.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        Events = new CrawlEventStream(_streams, Api, reconnectDelay, reconnectFor);
    }

    /// <summary>Crawl progress as the server pushes it (<c>/api/crawls/{id}/events</c>).</summary>
    public CrawlEventStream Events { get; }

    /// <summary>The environment variable holding the API key sent with every request.</summary>
    public const string ApiKeyVariable = "HUBCRAWLER_API_KEY";

    public Uri Api { get; }

    public Task<ApiAnswer<PaperHub>> GetPaperAsync(PaperIdentifier id, CancellationToken cancellationToken) =>
        GetAsync<PaperHub>(ApiPaths.Paper(id.ToString()), cancellationToken);

    /// <summary>Papers for a title, words or id (<c>GET /api/search</c>).</summary>
    public Task<ApiAnswer<SearchResponse>> SearchAsync(string query, int limit, CancellationToken cancellationToken) =>
        GetAsync<SearchResponse>($"api/search?q={Uri.EscapeDataString(query)}&limit={limit.ToString(CultureInfo.InvariantCulture)}", cancellationToken);

    /// <summary>The papers related to the paper (co-citation and coupling), computed by the API from the hubs it holds.</summary>
    public Task<ApiAnswer<RelatedPapersResponse>> GetRelatedAsync(PaperIdentifier id, int limit, CancellationToken cancellationToken) =>
        GetAsync<RelatedPapersResponse>($"{ApiPaths.Paper(id.ToString())}/related?limit={limit.ToString(CultureInfo.InvariantCulture)}", cancellationToken);

    /// <summary>A page of the paper's citing papers, or with <paramref name="direction"/> References of the papers it cites.</summary>
    public Task<ApiAnswer<CitationPageResponse>> GetCitationsAsync(PaperIdentifier id, CitationQuery query, CancellationToken cancellationToken,
        EdgeDirection direction = EdgeDirection.Citations)
    {
        var parameters = new List<string>
        {
            "offset=" + query.Offset.ToString(CultureInfo.InvariantCulture),
            "limit=" + query.Limit.ToString(CultureInfo.InvariantCulture),
        };
        if (query.Role is { } role) parameters.Add("role=" + Word(role));
        if (query.Polarity is { } polarity) parameters.Add("polarity=" + Word(polarity));
        if (query.YearFrom is { } from) parameters.Add("yearFrom=" + from.ToString(CultureInfo.InvariantCulture));
        if (query.YearTo is { } to) parameters.Add("yearTo=" + to.ToString(CultureInfo.InvariantCulture));
        if (query.Sort != CitationSort.Source) parameters.Add("sort=" + Word(query.Sort));
        var list = direction == EdgeDirection.References ? "references" : "citations";
        return GetAsync<CitationPageResponse>($"{ApiPaths.Paper(id.ToString())}/{list}?{string.Join('&', parameters)}", cancellationToken);
    }

    /// <summary>Follows a <c>next</c> link from a citations page.</summary>
    public Task<ApiAnswer<CitationPageResponse>> GetNextCitationsAsync(string next, CancellationToken cancellationToken) =>
        GetAsync<CitationPageResponse>(next.TrimStart('/'), cancellationToken);

    public Task<ApiAnswer<CrawlStatus>> GetCrawlAsync(string jobId, CancellationToken cancellationToken) =>
        GetAsync<CrawlStatus>(ApiPaths.Crawl(jobId), cancellationToken);

    public async Task<ApiAnswer<IReadOnlyList<CrawlStatus>>> GetRecentCrawlsAsync(int limit, CancellationToken cancellationToken)
    {
        var answer = await GetAsync<CrawlList>("api/crawls?limit=" + limit.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return new(answer.Value.Items, answer.Raw);
    }

    public async Task<ApiAnswer<CrawlStatus>> StartCrawlAsync(CrawlRequest request, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/crawls") { Content = JsonContent.Create(request, options: ApiJson.Options) };
        var raw = await SendForTextAsync(message, cancellationToken);
        return new(Deserialize<CrawlStatus>(raw, "api/crawls"), raw);
    }

    public async Task<ApiAnswer<CrawlStatus>> CancelCrawlAsync(string jobId, CancellationToken cancellationToken)
    {
        var path = ApiPaths.Crawl(jobId);
        var raw = await SendForTextAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);
        return new(Deserialize<CrawlStatus>(raw, path), raw);
    }

    public async Task<ApiAnswer<WatchResponse>> CreateWatchAsync(string paperId, string? every, string? webhook, string? secret, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, string?> { ["paperId"] = paperId, ["every"] = every, ["webhook"] = webhook, ["secret"] = secret }
            .Where(p => p.Value is not null).ToDictionary();
        var message = new HttpRequestMessage(HttpMethod.Post, "api/watches") { Content = JsonContent.Create(body, options: ApiJson.Options) };
        var raw = await SendForTextAsync(message, cancellationToken);
        return new(Deserialize<WatchResponse>(raw, "api/watches"), raw);
    }

    public async Task<ApiAnswer<IReadOnlyList<WatchResponse>>> ListWatchesAsync(CancellationToken cancellationToken)
    {
        var answer = await GetAsync<WatchList>("api/watches", cancellationToken);
        return new(answer.Value.Items, answer.Raw);
    }

    public async Task<ApiAnswer<WatchResponse>> DeleteWatchAsync(string watchId, CancellationToken cancellationToken)
    {
        var path = ApiPaths.Watch(watchId);
        var raw = await SendForTextAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);
        return new(Deserialize<WatchResponse>(raw, path), raw);
    }

    /// <summary>The export of a crawl, as a response whose body is still to be read (exports can be large).</summary>
    public Task<HttpResponseMessage> OpenExportAsync(string jobId, string format, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{ApiPaths.Crawl(jobId)}/export?format={Uri.EscapeDataString(format)}"),
            HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public Task<HttpResponseMessage> OpenPaperExportAsync(PaperIdentifier id, string format, string list, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{ApiPaths.Paper(id.ToString())}/export?format={Uri.EscapeDataString(format)}&list={Uri.EscapeDataString(list)}"),
            HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        _streams.Dispose();
    }

    private async Task<ApiAnswer<T>> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        var raw = await SendForTextAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return new(Deserialize<T>(raw, path), raw);
    }

    private async Task<string> SendForTextAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var disposeRequest = request;
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return await ReadAsync(() => response.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var response = await ReadAsync(() => _http.SendAsync(request, completion, cancellationToken), cancellationToken);
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var body = await ReadAsync(() => response.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
            throw Problem(request, response, body);
        }
    }

    /// <summary>Runs one step of an exchange, turning "no answer" into <see cref="ApiUnreachableException"/>.</summary>
    private async Task<T> ReadAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        try
        {
            return await step();
        }
        catch (HttpRequestException e)
        {
            throw new ApiUnreachableException(Api, e.InnerException?.Message ?? e.Message, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not our token, so it is HttpClient's timeout.
            throw new ApiUnreachableException(Api, $"no answer within {_http.Timeout.TotalSeconds:0} s", e);
        }
    }

    private static ApiProblemException Problem(HttpRequestMessage request, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        string? title = null, detail = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                title = Text(document.RootElement, "title");
                detail = Text(document.RootElement, "detail");
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's HTML page, say): the status line has to do.
        }
        title ??= response.ReasonPhrase ?? "Error";
        detail ??= $"{request.Method} {request.RequestUri} answered {status} {response.ReasonPhrase}.";
        return new ApiProblemException(status, title, detail);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static T Deserialize<T>(string raw, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(raw, ApiJson.Options) ?? throw new JsonException("the body is null");
        }
        catch (JsonException e)
        {
            throw Unexpected(path, e);
        }
    }

    private static JsonDocument Parse(string raw, string path)
    {
        try
        {
            return JsonDocument.Parse(raw);
        }
        catch (JsonException e)
        {
            throw Unexpected(path, e);
        }
    }

    private static ApiProblemException Unexpected(string path, JsonException e) =>
        new(null, "Unexpected answer", $"The answer to /{path} is not what this CLI understands ({e.Message}). Is --api pointing at HubCrawler?");

    private static string Word<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
