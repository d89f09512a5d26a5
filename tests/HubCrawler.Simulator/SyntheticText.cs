namespace HubCrawler.Simulator;

/// <summary>Generates titles, abstracts and sentences from fixed word lists with a seeded random source.</summary>
internal sealed class SyntheticText(DeterministicRandom random)
{
    private static readonly string[] Adjectives =
    [
        "Scalable", "Robust", "Efficient", "Sparse", "Adaptive", "Hierarchical", "Contrastive", "Federated",
        "Probabilistic", "Self-Supervised", "Differentiable", "Causal", "Multimodal", "Lightweight", "Generative",
        "Distributed", "Incremental", "Interpretable", "Bayesian", "Neural",
    ];

    private static readonly string[] Subjects =
    [
        "Attention", "Graph Networks", "Transformers", "Retrieval", "Diffusion Models", "Embeddings", "Citation Graphs",
        "Language Models", "Reinforcement Learning", "Knowledge Graphs", "Optimizers", "Recommender Systems",
        "Point Clouds", "Speech Recognition", "Program Synthesis", "Query Planning", "Anomaly Detection",
        "Time Series", "Protein Folding", "Actor Systems",
    ];

    private static readonly string[] Tasks =
    [
        "Link Prediction", "Question Answering", "Summarization", "Image Segmentation", "Code Search",
        "Entity Resolution", "Scientific Discovery", "Crawling at Scale", "Few-Shot Classification",
        "Machine Translation", "Molecule Generation", "Fraud Detection", "Route Planning", "Load Balancing",
    ];

    private static readonly string[] Methods =
    [
        "Preferential Sampling", "Low-Rank Adaptation", "Message Passing", "Curriculum Learning", "Distillation",
        "Random Walks", "Variational Inference", "Spectral Clustering", "Beam Search", "Gradient Checkpointing",
        "Mixture of Experts", "Contrastive Pretraining",
    ];

    private static readonly string[] Nouns =
    [
        "method", "framework", "model", "benchmark", "algorithm", "system", "estimator", "architecture", "pipeline",
        "objective",
    ];

    private static readonly string[] Verbs =
    [
        "improves", "outperforms", "generalizes", "simplifies", "accelerates", "stabilizes", "extends", "unifies",
    ];

    private static readonly string[] Venues =
    [
        "arXiv.org", "arXiv.org", "arXiv.org", "NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "CVPR", "AAAI", "KDD",
        "WWW", "Nature", "Physical Review Letters", "Journal of Machine Learning Research", "VLDB", "SIGMOD",
    ];

    private static readonly string[] FirstNames =
    [
        "Ada", "Alan", "Barbara", "Claude", "Donald", "Edsger", "Frances", "Grace", "Hedy", "Ivan", "John", "Karen",
        "Leslie", "Margaret", "Niklaus", "Ole", "Peter", "Radia", "Shafi", "Tim", "Ursula", "Vint", "Whitfield",
        "Xiaoyun", "Yoshua", "Zhang", "Amara", "Bjarne", "Chen", "Dana", "Elena", "Fei", "Geoffrey", "Hui", "Ines",
        "Jun", "Kai", "Lina", "Mateo", "Noor",
    ];

    private static readonly string[] LastNames =
    [
        "Lovelace", "Turing", "Liskov", "Shannon", "Knuth", "Dijkstra", "Allen", "Hopper", "Lamarr", "Sutherland",
        "McCarthy", "Jones", "Lamport", "Hamilton", "Wirth", "Dahl", "Naur", "Perlman", "Goldwasser", "Berners-Lee",
        "Franklin", "Cerf", "Diffie", "Wang", "Bengio", "Wei", "Okafor", "Stroustrup", "Li", "Scott", "Petrova",
        "Liu", "Hinton", "Zhou", "Garcia", "Park", "Muller", "Haddad", "Rossi", "Sato", "Novak", "Kowalski",
        "Andersen", "Silva", "Nakamura", "Ivanova", "Fischer", "Costa", "Yilmaz", "Moreau",
    ];

    private static readonly string[] LowerAdjectives = ToLower(Adjectives);
    private static readonly string[] LowerSubjects = ToLower(Subjects);
    private static readonly string[] LowerTasks = ToLower(Tasks);
    private static readonly string[] LowerMethods = ToLower(Methods);

    private const int AbstractStream = 101;
    private const int TldrStream = 102;
    private const double TldrMissingRate = 0.2;

    private readonly StringBuilder _builder = new(256);

    /// <summary>The abstract of a paper, a pure function of the graph seed and the paper index.</summary>
    public static string PaperAbstract(int seed, int index) =>
        new SyntheticText(new DeterministicRandom(seed, AbstractStream, index)).Abstract();

    /// <summary>The TLDR of a paper, or null for about 20% of papers; a pure function of seed and index.</summary>
    public static string? PaperTldr(int seed, int index)
    {
        var random = new DeterministicRandom(seed, TldrStream, index);
        return random.NextDouble() < TldrMissingRate ? null : new SyntheticText(random).Sentence();
    }

    /// <summary>A paper title.</summary>
    public string Title() => random.Next(4) switch
    {
        0 => $"{Pick(Adjectives)} {Pick(Subjects)} for {Pick(Tasks)}",
        1 => $"{Pick(Subjects)} via {Pick(Methods)}",
        2 => $"On the {Pick(Adjectives)} {Pick(Subjects)} of {Pick(Tasks)}",
        _ => $"{Pick(Adjectives)} {Pick(Methods)}: Rethinking {Pick(Subjects)} for {Pick(Tasks)}",
    };

    /// <summary>An abstract of two to four sentences.</summary>
    public string Abstract()
    {
        _builder.Clear();
        var sentences = random.Next(2, 5);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                _builder.Append(' ');
            }

            AppendSentence(_builder);
        }

        return _builder.ToString();
    }

    /// <summary>A single sentence.</summary>
    public string Sentence()
    {
        _builder.Clear();
        AppendSentence(_builder);
        return _builder.ToString();
    }

    /// <summary>A venue name, often "arXiv.org".</summary>
    public string Venue() => Pick(Venues);

    /// <summary>The deterministic name of the author with the given number.</summary>
    public static string AuthorName(int number) =>
        FirstNames[number % FirstNames.Length] + " " + LastNames[number / FirstNames.Length % LastNames.Length];

    private void AppendSentence(StringBuilder builder)
    {
        switch (random.Next(5))
        {
            case 0:
                builder.Append("We propose a new ").Append(Pick(LowerAdjectives)).Append(' ')
                    .Append(Pick(Nouns)).Append(" for ").Append(Pick(LowerTasks)).Append('.');
                break;
            case 1:
                builder.Append("Our ").Append(Pick(Nouns)).Append(' ').Append(Pick(Verbs)).Append(" prior work on ")
                    .Append(Pick(LowerSubjects)).Append(" by ").Append(random.Next(2, 40))
                    .Append(" percent.");
                break;
            case 2:
                builder.Append(Pick(Methods)).Append(" is combined with ").Append(Pick(LowerSubjects))
                    .Append(" to reduce cost.");
                break;
            case 3:
                builder.Append("Experiments on ").Append(random.Next(2, 12)).Append(' ')
                    .Append(Pick(LowerTasks)).Append(" benchmarks show consistent gains.");
                break;
            default:
                builder.Append("This ").Append(Pick(Nouns)).Append(' ').Append(Pick(Verbs)).Append(' ')
                    .Append(Pick(LowerAdjectives)).Append(' ').Append(Pick(LowerMethods))
                    .Append('.');
                break;
        }
    }

    private static string[] ToLower(string[] words) => Array.ConvertAll(words, word => word.ToLowerInvariant());

    private string Pick(string[] words) => words[random.Next(words.Length)];
}
