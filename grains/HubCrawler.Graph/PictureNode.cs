namespace HubCrawler.Graph;

/// <summary>One paper in a <see cref="GraphPicture"/>: where it goes and how big it is drawn.</summary>
/// <param name="Index">The paper's index in the <see cref="CitationGraph"/>.</param>
/// <param name="CitedBy">Citations within the crawl (all of it, not only the papers drawn).</param>
public sealed record PictureNode(int Index, string PaperId, int Rank, int CitedBy, LayoutPoint Position);
