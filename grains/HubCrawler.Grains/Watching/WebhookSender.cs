using System.Net;
using System.Net.Http.Headers;

namespace HubCrawler.Grains.Watching;

/// <summary>POSTs webhook bodies through the factory's "webhooks" client: signed when there is a secret, retried with
/// doubling waits on a network error, a timeout, 408, 429 or 5xx. The host is the user's own, not a source, so it is not
/// held to the sources' allow-list; redirects are not followed, so a call only ever goes to the URL the user gave.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WatchOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";
    public const string EventHeader = "X-HubCrawler-Event";
    public const string DeliveryHeader = "X-HubCrawler-Delivery";

    /// <summary>Delivers the body; null when the webhook answered 2xx, else why the last attempt failed.</summary>
    public async Task<string?> SendAsync(Uri webhook, string? secret, byte[] body, string deliveryId, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var wait = settings.WebhookFirstRetry;
        string? error = null;
        var attempts = Math.Max(1, settings.WebhookAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(wait, time, cancellationToken);
                wait *= 2;
            }
            bool retry;
            (error, retry) = await Attempt(webhook, secret, body, deliveryId, settings.WebhookTimeout, cancellationToken);
            if (error is null) return null;
            logger.WebhookAttemptFailed(webhook.Host, deliveryId, attempt, attempts, error);
            if (!retry) break;
        }
        return error;
    }

    private async Task<(string? Error, bool Retry)> Attempt(Uri webhook, string? secret, byte[] body, string deliveryId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(EventHeader, "citations");
        request.Headers.Add(DeliveryHeader, deliveryId);
        if (secret is not null) request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
            if (response.IsSuccessStatusCode) return (null, false);
            var status = (int)response.StatusCode;
            var retry = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return ($"the webhook answered {status} {response.ReasonPhrase}", retry);
        }
        catch (HttpRequestException e)
        {
            return ($"the webhook could not be reached: {e.Message}", true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ($"the webhook did not answer within {timeout.TotalSeconds:0} s", true);
        }
    }
}
