using WatchBot.Core.Sessions;
using WatchBot.Core.Text;

namespace WatchBot.Core.Commands;

/// <summary>
/// Reads one sub-command's option values. Each typed reader returns null when the value is fine
/// (or absent) and a failure otherwise, so parsers chain them with <c>??</c>.
/// </summary>
/// <param name="spec">The sub-command whose options these are.</param>
/// <param name="options">Option values by name.</param>
/// <param name="typed">The command as typed, to show it corrected; null for structured input.</param>
internal sealed class OptionReader(CommandSpec spec, IReadOnlyDictionary<string, string> options, TypedOptions? typed)
{
    public string? Text(string name)
    {
        foreach (var (key, value) in options)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public ParseResult? Duration(string name, out TimeSpan? duration)
    {
        duration = null;
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (!DurationText.TryParse(text, out var value))
        {
            if (DurationSuggestion.TrySuggest(text, out var shortForm))
            {
                return ParseResult.Failure(
                    $"I can't read \"{CommandParser.Shorten(text)}\" as a duration for {name}:. Write it as {shortForm}.",
                    Corrected(name, shortForm, spec.Example));
            }

            return ParseResult.Failure(
                $"I can't read \"{CommandParser.Shorten(text)}\" as a duration for {name}:. Use 10s, 2m, 1h30m or a number of seconds.",
                spec.Example);
        }

        duration = value;
        return null;
    }

    public ParseResult? Policy(out ControlPolicy? policy)
    {
        policy = null;
        var text = Text("control");
        if (text is null)
        {
            return null;
        }

        policy = text.Trim().ToLowerInvariant() switch
        {
            "host" or "host-only" => ControlPolicy.HostOnly,
            "mods" or "moderators" or "host-and-moderators" => ControlPolicy.HostAndModerators,
            "everyone" or "all" => ControlPolicy.Everyone,
            _ => null,
        };

        return policy is null
            ? ParseResult.Failure(
                $"control: is one of host, mods or everyone, not \"{CommandParser.Shorten(text)}\".",
                "/watch start title:\"The Matrix\" control:everyone")
            : null;
    }

    /// <summary>
    /// The typed command with <paramref name="name"/> set to <paramref name="value"/>, when that
    /// command works; else <paramref name="fallback"/>.
    /// </summary>
    public string Corrected(string name, string value, string fallback)
    {
        var corrected = typed?.With(name, value);
        return corrected is not null && CommandParser.Parse(corrected).IsSuccess ? corrected : fallback;
    }

    public ParseResult Missing(string name, string what) =>
        ParseResult.Failure($"/watch {spec.Name} needs {name}: ({what}).", spec.Example);
}
