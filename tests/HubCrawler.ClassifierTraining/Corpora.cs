using System.Text.Json;

namespace HubCrawler.ClassifierTraining;

/// <summary>Readers for the labelled corpora in shared/data/labels (see its README.md).</summary>
internal static class Corpora
{
    /// <summary>Reads a JSONL file of {"text","label"} lines, mapping each label to an index; unmapped labels throw.</summary>
    public static List<LabelledExample> ReadJsonl(string path, IReadOnlyDictionary<string, int> labels, string source)
    {
        var examples = new List<LabelledExample>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            var label = json.RootElement.GetProperty("label").GetString() ?? "";
            if (!labels.TryGetValue(label, out var index))
                throw new InvalidDataException($"{Path.GetFileName(path)}: unknown label '{label}'.");
            examples.Add(new LabelledExample(text.Trim(), index, source));
        }
        return examples;
    }

    /// <summary>Reads the Athar 2011 TSV (source, target, o|p|n, text; '#' lines are comments), mapping o/p/n to indices.</summary>
    public static List<LabelledExample> ReadAthar(string path, IReadOnlyDictionary<string, int> labels)
    {
        var examples = new List<LabelledExample>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 4) throw new InvalidDataException($"{Path.GetFileName(path)}: expected 4 tab-separated fields in '{line}'.");
            if (!labels.TryGetValue(fields[2], out var index))
                throw new InvalidDataException($"{Path.GetFileName(path)}: unknown label '{fields[2]}'.");
            var text = fields[3].Trim();
            // Sentences holding commas or quotes were written wrapped in double quotes.
            if (text.Length >= 2 && text[0] == '"' && text[^1] == '"') text = text[1..^1].Replace("\"\"", "\"");
            examples.Add(new LabelledExample(text, index, "athar2011"));
        }
        return examples;
    }
}
