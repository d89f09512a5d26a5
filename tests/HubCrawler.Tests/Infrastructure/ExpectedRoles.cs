using HubCrawler.Classification;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>The role a hub should give a simulated citation: its intents' most specific role, else what
/// the context classifier says of its contexts, else unclassified.</summary>
public static class ExpectedRoles
{
    public static CitationRole Of(SimCitation citation)
    {
        var fromIntents = IntentRoles.RoleOf(citation.Intents);
        if (fromIntents != CitationRole.Unclassified || citation.Contexts.Length == 0) return fromIntents;
        return CitationContextClassifier.Default.ClassifyRole(citation.Contexts).Role;
    }
}
