using System.Diagnostics;
using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>Measures single-threaded classification throughput of the shipped models (one context per call).</summary>
internal static class Speed
{
    public static void Print(LinearModel role, LinearModel polarity, string[] contexts)
    {
        var classifier = new CitationContextClassifier(role, polarity);
        foreach (var context in contexts.Take(200)) classifier.ClassifyRole([context]);
        var watch = Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var context in contexts)
            {
                classifier.ClassifyRole([context]);
                classifier.ClassifyPolarity([context]);
                calls += 2;
            }
        Console.WriteLine($"speed: {calls / watch.Elapsed.TotalSeconds:N0} classifications/s on one thread " +
                          $"(role and polarity alternately, {contexts.Average(c => c.Length):N0} characters a context on average)");
    }
}
