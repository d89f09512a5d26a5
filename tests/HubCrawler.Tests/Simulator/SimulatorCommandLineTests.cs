namespace HubCrawler.Tests.Simulator;

/// <summary>The standalone simulator's options for the throttle window, the batch size limit and the OpenAlex budget.</summary>
public sealed class SimulatorCommandLineTests
{
    [Fact]
    public void ThrottleOptions_SetAPendingWindow()
    {
        var options = SimulatorCommandLine.Parse(["--throttle-after", "40", "--throttle-seconds", "90", "--port", "0"]);

        var state = options.Faults.GetThrottleState();
        Assert.Equal(ThrottleScope.SemanticScholar, state.Scope);
        Assert.Equal(40, state.PendingRequests);
        Assert.Null(state.Start);
        Assert.Equal(0, options.Port);
    }

    [Fact]
    public void ThrottleSecondsAlone_ThrottlesFromTheFirstRequest_InTheScopeGiven()
    {
        var options = SimulatorCommandLine.Parse(["--throttle-seconds", "30", "--throttle-scope", "all"]);

        var state = options.Faults.GetThrottleState();
        Assert.Equal(ThrottleScope.All, state.Scope);
        Assert.Equal(0, state.PendingRequests);
    }

    [Fact]
    public void BatchAndBudgetOptions_SetTheirKnobs()
    {
        var options = SimulatorCommandLine.Parse(["--batch-max-bytes", "4096", "--openalex-budget", "250"]);

        Assert.Equal(4096, options.Faults.BatchMaxResponseBytes);
        Assert.Equal(250, options.Faults.OpenAlexDailyBudget);
        Assert.Null(SimulatorCommandLine.Parse([]).Faults.OpenAlexDailyBudget);
        Assert.Equal(ThrottleScope.None, SimulatorCommandLine.Parse([]).Faults.GetThrottleState().Scope);
    }

    [Theory]
    [InlineData("--throttle-after", "5")]
    [InlineData("--throttle-scope", "openalex")]
    [InlineData("--throttle-seconds", "0")]
    [InlineData("--throttle-seconds", "soon")]
    [InlineData("--throttle-after", "-1", "--throttle-seconds", "5")]
    [InlineData("--throttle-seconds", "5", "--throttle-scope", "arxiv")]
    [InlineData("--batch-max-bytes", "0")]
    [InlineData("--openalex-budget", "-3")]
    public void BadThrottleBatchOrBudgetOptions_AreFormatErrors(params string[] args)
    {
        Assert.Throws<FormatException>(() => SimulatorCommandLine.Parse(args));
    }

    [Fact]
    public void Usage_NamesTheNewOptionsAndTheControl()
    {
        foreach (var text in new[] { "--throttle-after", "--throttle-seconds", "--throttle-scope", "--batch-max-bytes", "--openalex-budget", "/sim/faults/throttle" })
        {
            Assert.Contains(text, SimulatorCommandLine.Usage, StringComparison.Ordinal);
        }
    }
}
