using System.Text.RegularExpressions;

namespace WatchBot.Contract.Tests.Readme;

/// <summary>
/// The README's four-person movie night, read from its code block: each <c>name&gt; /watch …</c> line
/// is typed by that person, and the lines below it (up to the next typed line) are what the shell printed.
/// </summary>
internal sealed partial record ReadmeScenario(IReadOnlyList<ReadmeScenario.Step> Steps)
{
    public const string Heading = "### A movie night of four";

    /// <summary>One typed line and what the README shows it printed.</summary>
    public sealed record Step(string User, string Line, IReadOnlyList<string> Shown);

    public static ReadmeScenario Read(string readme)
    {
        var at = readme.IndexOf("\n" + Heading + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md has no \"{Heading}\" section.");
        var open = readme.IndexOf("\n```\n", at, StringComparison.Ordinal) + 5;
        var close = readme.IndexOf("\n```\n", open, StringComparison.Ordinal);
        var steps = new List<Step>();
        foreach (var line in readme[open..close].Split('\n'))
        {
            if (Typed().Match(line) is { Success: true } typed)
            {
                steps.Add(new Step(typed.Groups["user"].Value, typed.Groups["line"].Value, []));
            }
            else
            {
                Assert.True(steps.Count > 0, $"README's scenario starts with a line nobody typed: {line}");
                steps[^1] = steps[^1] with { Shown = [.. steps[^1].Shown, line] };
            }
        }

        return new ReadmeScenario(steps);
    }

    [GeneratedRegex("^(?<user>[a-z]+)> (?<line>/.*)$")]
    private static partial Regex Typed();
}
