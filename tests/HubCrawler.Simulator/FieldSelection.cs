namespace HubCrawler.Simulator;

/// <summary>The parsed "fields" query parameter of a Graph API request.</summary>
internal sealed class FieldSelection
{
    private static readonly PaperField[] DefaultPaperFields = [PaperField.Title];

    private FieldSelection(
        IReadOnlyList<PaperField> paperFields,
        bool contexts,
        bool intents,
        bool isInfluential,
        bool contextsWithIntent,
        IReadOnlyList<string> unknown)
    {
        PaperFields = paperFields;
        Contexts = contexts;
        Intents = intents;
        IsInfluential = isInfluential;
        ContextsWithIntent = contextsWithIntent;
        Unknown = unknown;
    }

    /// <summary>Paper fields to write after "paperId", in request order; "title" when none was named.</summary>
    public IReadOnlyList<PaperField> PaperFields { get; }

    /// <summary>Whether citation items carry "contexts".</summary>
    public bool Contexts { get; }

    /// <summary>Whether citation items carry "intents".</summary>
    public bool Intents { get; }

    /// <summary>Whether citation items carry "isInfluential".</summary>
    public bool IsInfluential { get; }

    /// <summary>Whether citation items carry "contextsWithIntent" (each context with the intents it expresses).</summary>
    public bool ContextsWithIntent { get; }

    /// <summary>Names that are not supported fields.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>The 400 message for <see cref="Unknown"/>.</summary>
    public string UnknownFieldsMessage => $"Unrecognized or unsupported fields: [{string.Join(", ", Unknown)}]";

    /// <summary>
    /// Parses a comma-separated field list; edge fields are only recognized for citations (and references), and the paper fields the
    /// real API leaves out of citation listings (tldr; embedding is not served at all) are unsupported there.
    /// </summary>
    public static FieldSelection Parse(string? fields, bool citations)
    {
        var paperFields = new List<PaperField>();
        var unknown = new List<string>();
        bool contexts = false, intents = false, isInfluential = false, contextsWithIntent = false, anyPaperField = false;
        foreach (var raw in (fields ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (PaperFieldNames.TryParse(raw, out var field) && !(citations && !field.IsInCitationListings()))
            {
                anyPaperField = true;
                if (field != PaperField.PaperId && !paperFields.Contains(field))
                {
                    paperFields.Add(field);
                }
            }
            else if (citations && raw == "contexts")
            {
                contexts = true;
            }
            else if (citations && raw == "intents")
            {
                intents = true;
            }
            else if (citations && raw == "isInfluential")
            {
                isInfluential = true;
            }
            else if (citations && raw == "contextsWithIntent")
            {
                contextsWithIntent = true;
            }
            else if (!unknown.Contains(raw))
            {
                unknown.Add(raw);
            }
        }

        return new FieldSelection(anyPaperField ? paperFields : DefaultPaperFields, contexts, intents, isInfluential, contextsWithIntent, unknown);
    }
}
