using System.Text.RegularExpressions;
using WatchBot.Core.Text;

namespace WatchBot.Shell;

/// <summary>
/// Lines only the shell understands: <c>/wait 5s</c> lets time pass, <c>/as bob [mod]</c> switches
/// who is typing, <c>/quit</c> ends input. Everything else is for the bot.
/// </summary>
internal abstract partial record ShellDirective
{
    public sealed record Wait(TimeSpan Duration) : ShellDirective;

    public sealed record SwitchUser(string Name, bool IsModerator) : ShellDirective;

    public sealed record Quit : ShellDirective;

    public sealed record Invalid(string Message) : ShellDirective;

    /// <summary>The directive on this line, or null when the line is for the bot.</summary>
    public static ShellDirective? TryParse(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (words[0].ToLowerInvariant())
        {
            case "/wait":
                return words.Length == 2 && DurationText.TryParse(words[1], out var duration)
                    ? new Wait(duration)
                    : new Invalid("Try: /wait 5s (also 2m, 1h30m, or a number of seconds).");
            case "/as":
                var isModerator = words.Length == 3 && string.Equals(words[2], "mod", StringComparison.OrdinalIgnoreCase);
                return (words.Length == 2 || isModerator) && UserName().IsMatch(words[1])
                    ? new SwitchUser(words[1], isModerator)
                    : new Invalid("Try: /as bob (or /as carol mod for a moderator); names are letters, digits, - and _.");
            case "/quit" or "/exit":
                return new Quit();
            case "/watch":
                return null;
            default:
                return new Invalid("Bot commands start with /watch (try /watch help); shell directives are /wait 5s and /as bob [mod].");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex UserName();
}
