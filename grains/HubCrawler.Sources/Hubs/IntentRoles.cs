namespace HubCrawler.Sources.Hubs;

/// <summary>Maps source intents to roles, counting a multi-intent citation once under its most
/// specific role: method, then comparison, then background.</summary>
public static class IntentRoles
{
    public static CitationRole RoleOf(IEnumerable<string> intents)
    {
        var role = CitationRole.Unclassified;
        foreach (var intent in intents)
        {
            var candidate = FromIntent(intent);
            if (Specificity(candidate) > Specificity(role)) role = candidate;
        }
        return role;
    }

    public static CitationRole FromIntent(string intent) => intent.ToLowerInvariant() switch
    {
        "background" => CitationRole.Background,
        "methodology" or "method" => CitationRole.Method,
        "result" or "comparison" => CitationRole.Comparison,
        _ => CitationRole.Unclassified,
    };

    private static int Specificity(CitationRole role) => role switch
    {
        CitationRole.Method => 3,
        CitationRole.Comparison => 2,
        CitationRole.Background => 1,
        _ => 0,
    };
}
