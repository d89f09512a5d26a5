using Spectre.Console.Rendering;

namespace HubCrawler.Cli.Rendering;

/// <summary>How wide the CLI draws. On a terminal: the terminal's width. In a pipe or a file nothing is wrapped (Spectre
/// would fold at 80 columns, splitting ids and the printed commands), and what fills the width (rules, expanded
/// panels and tables) stops at a readable width instead.</summary>
internal static class ConsoleWidth
{
    /// <summary>The width given to a console that is not a terminal: wider than any line the CLI writes.</summary>
    public const int Unwrapped = 4096;

    private const int ReadableFill = 100;

    /// <summary>A console on <paramref name="writer"/>; when that is not a terminal, one that does not wrap.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected) console.Profile.Width = Unwrapped;
        return console;
    }

    /// <summary>The width a rule or an expanded panel or table takes: the terminal's, or <see cref="ReadableFill"/> on an unwrapped console.</summary>
    public static int Fill(IAnsiConsole console) => console.Profile.Width >= Unwrapped ? ReadableFill : console.Profile.Width;

    /// <summary>A full-width <paramref name="content"/> (a rule, an expanded panel or table) held to <see cref="Fill"/>.</summary>
    public static IRenderable Filling(IAnsiConsole console, IRenderable content) => new Capped(content, Fill(console));

    /// <summary>Renders <paramref name="content"/> as if the console were at most <paramref name="width"/> wide.</summary>
    private sealed class Capped(IRenderable content, int width) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => content.Measure(options, Math.Min(maxWidth, width));

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => content.Render(options, Math.Min(maxWidth, width));
    }
}
