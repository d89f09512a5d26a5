// Test collections run in parallel, as many at once as the machine has cores; the few that need the machine to
// themselves are in RunsAloneCollection.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerClass)]
