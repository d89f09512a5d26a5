namespace HubCrawler.Simulator;

/// <summary>Writes OpenAlex work objects (https://docs.openalex.org, "Work object") for papers of the graph.</summary>
internal static class OpenAlexJson
{
    /// <summary>Prefix of OpenAlex entity URLs.</summary>
    public const string EntityPrefix = "https://openalex.org/";

    /// <summary>Prefix of DOI URLs as OpenAlex writes them.</summary>
    public const string DoiPrefix = "https://doi.org/";

    /// <summary>OpenAlex counts a few citers that Semantic Scholar misses: cited_by_count is the graph's count plus this.</summary>
    public const int ExtraCitedBy = 3;

    /// <summary>Top-level fields of a work, in the order they are written; "select" may name any of them.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "id", "doi", "title", "display_name", "publication_year", "publication_date", "ids", "language",
        "primary_location", "type", "authorships", "cited_by_count", "referenced_works_count", "referenced_works", "is_retracted",
        "locations", "abstract_inverted_index", "cited_by_api_url", "updated_date", "created_date",
    ];

    private const string ArxivSourceId = EntityPrefix + "S4306400194";
    private const string ArxivSourceName = "arXiv (Cornell University)";

    /// <summary>An error object {"error":"…","message":"…"} as OpenAlex sends with 4xx answers.</summary>
    public static ReadOnlyMemory<byte> Error(string error, string message) =>
        GraphJson.Build((error, message), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", state.error);
            writer.WriteString("message", state.message);
            writer.WriteEndObject();
        });

    /// <summary>One work. <paramref name="paper"/> is the paper as served (revisions applied).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="paper">The paper at its current revision.</param>
    /// <param name="updated">When the paper last changed.</param>
    /// <param name="apiBase">The simulator's OpenAlex base URL, for cited_by_api_url.</param>
    /// <param name="select">The top-level fields to write, or null for all.</param>
    /// <param name="graph">The graph, for the works the paper cites (referenced_works).</param>
    /// <param name="citedByExtra">What cited_by_count adds to the paper's count of citation records.</param>
    public static void WriteWork(Utf8JsonWriter writer, SimPaper paper, DateTimeOffset updated, string apiBase, IReadOnlySet<string>? select, SyntheticGraph graph, int citedByExtra)
    {
        var id = EntityPrefix + paper.OpenAlexId;
        // OpenAlex writes DataCite's arXiv DOIs in lower case (https://doi.org/10.48550/arxiv.2106.09685).
        var doi = DoiPrefix + (paper.HasJournalDoi ? paper.Doi : paper.Doi.ToLowerInvariant());
        bool Include(string field) => select is null || select.Contains(field);

        writer.WriteStartObject();
        if (Include("id")) writer.WriteString("id", id);
        if (Include("doi")) writer.WriteString("doi", doi);
        if (Include("title")) writer.WriteString("title", paper.Title);
        if (Include("display_name")) writer.WriteString("display_name", paper.Title);
        if (Include("publication_year")) writer.WriteNumber("publication_year", paper.Year);
        if (Include("publication_date")) writer.WriteString("publication_date", paper.PublicationDate);
        if (Include("ids"))
        {
            writer.WriteStartObject("ids");
            writer.WriteString("openalex", id);
            writer.WriteString("doi", doi);
            writer.WriteEndObject();
        }

        if (Include("language")) writer.WriteString("language", "en");
        if (Include("primary_location"))
        {
            writer.WritePropertyName("primary_location");
            if (paper.HasJournalDoi)
            {
                WriteVenueLocation(writer, paper, doi);
            }
            else
            {
                WriteArxivLocation(writer, paper);
            }
        }

        if (Include("type")) writer.WriteString("type", "article");
        if (Include("authorships")) WriteAuthorships(writer, paper.Authors);
        if (Include("cited_by_count")) writer.WriteNumber("cited_by_count", Math.Max(0, paper.CitationCount + citedByExtra));
        if (Include("referenced_works_count")) writer.WriteNumber("referenced_works_count", paper.ReferenceCount);
        if (Include("referenced_works"))
        {
            writer.WriteStartArray("referenced_works");
            foreach (var cited in graph.CitedPapersOf(paper.Index))
            {
                writer.WriteStringValue(EntityPrefix + graph.Papers[cited].OpenAlexId);
            }

            writer.WriteEndArray();
        }
        if (Include("is_retracted")) writer.WriteBoolean("is_retracted", false);
        if (Include("locations"))
        {
            writer.WriteStartArray("locations");
            if (paper.HasJournalDoi)
            {
                WriteVenueLocation(writer, paper, doi);
            }

            WriteArxivLocation(writer, paper);
            writer.WriteEndArray();
        }

        if (Include("abstract_inverted_index")) WriteInvertedIndex(writer, paper.Abstract);
        if (Include("cited_by_api_url")) writer.WriteString("cited_by_api_url", $"{apiBase}/works?filter=cites:{paper.OpenAlexId}");
        if (Include("updated_date")) writer.WriteString("updated_date", updated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        if (Include("created_date")) writer.WriteString("created_date", paper.PublicationDate);
        writer.WriteEndObject();
    }

    /// <summary>
    /// {"word":[positions]} of the abstract split on spaces, words keeping their punctuation, keys in order of first
    /// appearance; null when there is no abstract.
    /// </summary>
    public static void WriteInvertedIndex(Utf8JsonWriter writer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            writer.WriteNull("abstract_inverted_index");
            return;
        }

        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (!positions.TryGetValue(words[i], out var list))
            {
                positions[words[i]] = list = [];
                order.Add(words[i]);
            }

            list.Add(i);
        }

        writer.WriteStartObject("abstract_inverted_index");
        foreach (var word in order)
        {
            writer.WriteStartArray(word);
            foreach (var position in positions[word])
            {
                writer.WriteNumberValue(position);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteArxivLocation(Utf8JsonWriter writer, SimPaper paper)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("is_oa", true);
        writer.WriteString("landing_page_url", "https://arxiv.org/abs/" + paper.ArxivId);
        writer.WriteString("pdf_url", "https://arxiv.org/pdf/" + paper.ArxivId);
        writer.WriteStartObject("source");
        writer.WriteString("id", ArxivSourceId);
        writer.WriteString("display_name", ArxivSourceName);
        writer.WriteString("type", "repository");
        writer.WriteEndObject();
        writer.WriteString("version", "submittedVersion");
        writer.WriteEndObject();
    }

    private static void WriteVenueLocation(Utf8JsonWriter writer, SimPaper paper, string doi)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("is_oa", false);
        writer.WriteString("landing_page_url", doi);
        writer.WriteNull("pdf_url");
        writer.WriteStartObject("source");
        writer.WriteString("id", EntityPrefix + "S" + (4_000_000_000L + StableNumber(paper.Venue)).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("display_name", paper.Venue);
        writer.WriteString("type", "journal");
        writer.WriteEndObject();
        writer.WriteString("version", "publishedVersion");
        writer.WriteEndObject();
    }

    private static void WriteAuthorships(Utf8JsonWriter writer, IReadOnlyList<SimAuthor> authors)
    {
        writer.WriteStartArray("authorships");
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            writer.WriteStartObject();
            writer.WriteString("author_position", i == 0 ? "first" : i == authors.Count - 1 ? "last" : "middle");
            writer.WriteStartObject("author");
            writer.WriteString("id", EntityPrefix + "A" + (5_000_000_000L + long.Parse(author.AuthorId, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
            writer.WriteString("display_name", author.Name);
            writer.WriteNull("orcid");
            writer.WriteEndObject();
            writer.WriteStartArray("institutions");
            writer.WriteEndArray();
            writer.WriteString("raw_author_name", author.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A number below 10^8 that depends only on the text (for OpenAlex-like source and author ids).</summary>
    private static long StableNumber(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 100_000_000;
    }
}
