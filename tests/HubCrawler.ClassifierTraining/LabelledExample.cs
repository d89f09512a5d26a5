namespace HubCrawler.ClassifierTraining;

/// <summary>One labelled citation context; <see cref="Label"/> indexes the task's label list.</summary>
internal sealed record LabelledExample(string Text, int Label, string Source);
