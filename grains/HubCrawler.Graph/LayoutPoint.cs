namespace HubCrawler.Graph;

/// <summary>A node's position in a layout, both coordinates in [0, 1].</summary>
public readonly record struct LayoutPoint(double X, double Y);
