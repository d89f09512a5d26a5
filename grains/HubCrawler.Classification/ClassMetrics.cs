namespace HubCrawler.Classification;

/// <summary>Precision, recall and F1 of one label on an evaluation set.</summary>
internal sealed record ClassMetrics(string Label, int Support, double Precision, double Recall, double F1);
