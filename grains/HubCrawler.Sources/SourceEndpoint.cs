namespace HubCrawler.Sources;

/// <summary>One enabled source's host, checked: the base URL fetches may go to and the limits they keep there.</summary>
/// <param name="Section">The source's configuration section ("Sources:OpenAlex").</param>
/// <param name="BaseUrl">The base URL without a trailing slash.</param>
public sealed record SourceEndpoint(string Section, Uri BaseUrl, HostLimits Limits)
{
    /// <summary>The endpoint <paramref name="options"/> describe, or why they describe none.</summary>
    public static SourceEndpoint Of(string section, ISourceEndpointOptions options) =>
        TryOf(section, options, out var endpoint, out var error) ? endpoint : throw new InvalidOperationException(error);

    /// <summary>Whether <paramref name="options"/> describe a usable endpoint; if not, <paramref name="error"/> says what is wrong.</summary>
    public static bool TryOf(string section, ISourceEndpointOptions options, out SourceEndpoint endpoint, out string error)
    {
        endpoint = null!;
        error = "";
        var baseUrl = options.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            error = $"{section}:BaseUrl '{baseUrl}' is not an absolute http(s) URL; the source needs one.";
        else if (options.MaxConcurrency < 1)
            error = $"{section}:MaxConcurrency must be at least 1; it is {options.MaxConcurrency}.";
        else if (options.RequestsPerSecond < 0 || double.IsNaN(options.RequestsPerSecond))
            error = $"{section}:RequestsPerSecond must be 0 (no limit) or more; it is {options.RequestsPerSecond}.";
        else
            endpoint = new SourceEndpoint(section, new Uri(uri.ToString().TrimEnd('/')), new HostLimits(options.MaxConcurrency, options.RequestsPerSecond) { Source = section });
        return error.Length == 0;
    }

    /// <summary>The base URL as text, without a trailing slash, for building request URLs.</summary>
    public string Root => BaseUrl.ToString().TrimEnd('/');
}
