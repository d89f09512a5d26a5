namespace HubCrawler.Grains.Watching;

/// <summary>What a watch request must be: a paper id, a schedule within the bounds, an http(s) webhook of the user's own.</summary>
public static class WatchValidation
{
    public const int MaxWebhookLength = 2000;
    public const int MaxSecretLength = 256;

    /// <summary>Null when the request is valid, else what is wrong with it.</summary>
    public static string? Validate(WatchRequest request, WatchOptions options)
    {
        if (!PaperIdentifier.TryParse(request.PaperId, out _, out var idError)) return idError;
        if (request.Every < options.MinimumEvery)
            return $"every must be at least {WatchPeriod.Format(options.MinimumEvery)}, so a watch does not spend the source's rate on one paper.";
        if (request.Every > options.MaximumEvery) return $"every must be at most {WatchPeriod.Format(options.MaximumEvery)}.";
        if (request.Secret is { } secret && (secret.Length == 0 || secret.Length > MaxSecretLength))
            return $"secret must be 1 to {MaxSecretLength} characters.";
        if (request.Webhook is null) return request.Secret is null ? null : "secret signs webhook calls: give a webhook with it.";
        return WebhookError(request.Webhook);
    }

    /// <summary>Null when <paramref name="webhook"/> is an absolute http or https URL without credentials in it.</summary>
    public static string? WebhookError(string webhook)
    {
        if (webhook.Length > MaxWebhookLength) return $"webhook must be at most {MaxWebhookLength} characters.";
        if (!Uri.TryCreate(webhook, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return "webhook must be an absolute http:// or https:// URL.";
        if (uri.UserInfo.Length > 0) return "webhook must not carry credentials in the URL; use secret to sign the calls instead.";
        if (uri.Fragment.Length > 0) return "webhook must not have a fragment (#...).";
        return null;
    }
}
