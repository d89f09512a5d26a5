using System.Text.RegularExpressions;

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>Tells a record's <see cref="EntryKind"/> from its venue and ids; the sources give no publication type.</summary>
internal static partial class EntryKinds
{
    public static EntryKind Of(string? venue, string? arxivId)
    {
        if (string.IsNullOrWhiteSpace(venue)) return arxivId is null ? EntryKind.Other : EntryKind.Preprint;
        if (PreprintServer().IsMatch(venue)) return EntryKind.Preprint;
        return ConferenceVenue().IsMatch(venue) ? EntryKind.Conference : EntryKind.Article;
    }

    [GeneratedRegex(@"^\s*(arxiv|corr|biorxiv|medrxiv|chemrxiv|ssrn|research square|preprints?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreprintServer();

    // Words that name meetings, and the acronyms of the big ones (Semantic Scholar often gives only the acronym).
    [GeneratedRegex(@"\b(conference|proceedings|proc\.|symposium|workshop|congress|meeting|colloquium|neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|eacl|coling|aaai|ijcai|kdd|sigir|sigmod|vldb|icde|www|chi|uist|interspeech|icassp|miccai|icra|iros|rss|corl|aistats|uai|colt|wsdm|cikm|recsys|siggraph|osdi|sosp|nsdi|usenix)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConferenceVenue();
}
