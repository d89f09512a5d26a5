namespace HubCrawler.Grains.Citations;

/// <summary>Long citation lists in pages, outside grain state, so a paper with tens of thousands
/// of citations writes its list once per refresh and reads one page per explorer request.</summary>
public interface ICitationStore
{
    /// <summary>Writes the list as a new version and returns where it is. Old versions stay until deleted.</summary>
    Task<CitationListRef> WriteAsync(string paperId, IReadOnlyList<CitationEdge> citations, int pageSize);

    Task<IReadOnlyList<CitationEdge>> ReadPageAsync(string paperId, CitationListRef list, int page);

    Task DeleteAsync(string paperId, CitationListRef list);
}
