namespace WatchBot.Core.Commands;

/// <summary>
/// What each sub-command accepts and an example of it: the single source for the parser's checks,
/// its error messages and the help text, so they cannot disagree.
/// </summary>
public static class CommandCatalog
{
    public static readonly IReadOnlyList<CommandSpec> All =
    [
        new("start", ["title", "in", "runtime", "control"], "title",
            "/watch start title:\"The Matrix\" in:10s runtime:2h16m", "start a session now, after a countdown"),
        new("schedule", ["title", "at", "runtime", "control"], "title",
            "/watch schedule title:\"Alien\" at:\"in 2h\"", "plan a session (at: \"in 2h\", or an instant with Z or an offset)"),
        new("ready", [], null, "/watch ready", "say you are ready"),
        new("pause", [], null, "/watch pause", "pause for everyone"),
        new("resume", ["in"], "in", "/watch resume in:3s", "resume for everyone after a short countdown"),
        new("seek", ["to"], "to", "/watch seek to:1:02:03", "jump to a position, or by -30s / +1m"),
        new("react", ["emoji", "note"], "emoji", "/watch react emoji:😂 note:\"that face\"", "react at the current moment"),
        new("status", [], null, "/watch status", "where are we?"),
        new("end", [], null, "/watch end", "end the session and show the recap"),
        new("mod", ["action", "user"], "action", "/watch mod add user:@bob", "moderators only: mod add, mod remove (user:) or mod list"),
        new("help", [], null, "/watch help", "this list"),
    ];

    public static CommandSpec? Find(string name) =>
        All.FirstOrDefault(spec => string.Equals(spec.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sub-commands a mistyped name was probably meant to be (<c>strat</c> → <c>start</c>), best first.</summary>
    public static IReadOnlyList<string> Nearest(string name) => Suggest.Nearest(name, All.Select(spec => spec.Name));

    /// <summary>One line per sub-command: its example and what it does.</summary>
    public static IEnumerable<string> HelpLines() => All.Select(spec => $"{spec.Example} — {spec.Summary}");
}

/// <summary>One sub-command's shape.</summary>
/// <param name="Name">As typed.</param>
/// <param name="Options">The <c>name:value</c> options it takes.</param>
/// <param name="Positional">The option that words without a name fill (<c>/watch seek 1:02:03</c>).</param>
/// <param name="Example">A command that works, shown with every error about this sub-command.</param>
/// <param name="Summary">What it does, for help.</param>
public sealed record CommandSpec(string Name, IReadOnlyList<string> Options, string? Positional, string Example, string Summary);
