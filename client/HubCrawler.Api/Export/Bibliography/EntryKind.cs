namespace HubCrawler.Api.Export.Bibliography;

/// <summary>What kind of publication a record is, as far as its metadata says: a journal article, a paper in a
/// conference's proceedings, a preprint (arXiv and the like), or something else.</summary>
internal enum EntryKind
{
    /// <summary>Published in a journal (a venue that is not a conference or a preprint server).</summary>
    Article,
    /// <summary>Published in a conference's or workshop's proceedings.</summary>
    Conference,
    /// <summary>A preprint: no venue but arXiv, or a preprint server as its venue.</summary>
    Preprint,
    /// <summary>No venue and no preprint id: nothing says what it is.</summary>
    Other,
}
