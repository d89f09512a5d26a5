// Two cores: collections run one after another so timing-sensitive tests do not starve each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
