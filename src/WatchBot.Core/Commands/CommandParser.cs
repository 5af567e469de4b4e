using System.Globalization;
using System.Text.RegularExpressions;
using WatchBot.Core.Text;

namespace WatchBot.Core.Commands;

/// <summary>
/// The one grammar of <c>/watch</c>: <c>/watch &lt;sub&gt; [name:value ...]</c>. Typed text (shell,
/// Slack) goes through <see cref="Parse"/>; structured options (Discord) through
/// <see cref="FromOptions"/>; both end in the same value checks.
/// </summary>
public static partial class CommandParser
{
    private const string HelpExample = "/watch help";

    public static ParseResult Parse(string text)
    {
        if (!CommandTokenizer.TryTokenize(text, out var words, out var tokenError))
        {
            return ParseResult.Failure(tokenError!, "/watch start title:\"The Matrix\"");
        }

        if (words.Count > 0 && string.Equals(words[0], "/watch", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return ParseResult.Failure("Tell me what to do: a sub-command such as start, pause or status.", HelpExample);
        }

        var spec = CommandCatalog.Find(words[0]);
        if (spec is null)
        {
            return UnknownSubCommand(words[0]);
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var positional = new List<string>();
        foreach (var word in words.Skip(1))
        {
            var match = OptionWord().Match(word);
            if (!match.Success)
            {
                positional.Add(word);
                continue;
            }

            var name = match.Groups["name"].Value.ToLowerInvariant();
            if (!options.TryAdd(name, match.Groups["value"].Value))
            {
                return ParseResult.Failure($"The option {name}: is given twice.", spec.Example);
            }
        }

        if (positional.Count > 0)
        {
            if (spec.Positional is null || options.ContainsKey(spec.Positional))
            {
                return ParseResult.Failure(
                    $"I did not understand \"{Shorten(string.Join(' ', positional))}\" after /watch {spec.Name}.",
                    spec.Example);
            }

            options[spec.Positional] = string.Join(' ', positional);
        }

        return FromOptions(spec.Name, options);
    }

    /// <summary>Builds a command from a sub-command name and named option values.</summary>
    public static ParseResult FromOptions(string subCommand, IReadOnlyDictionary<string, string> options)
    {
        var spec = CommandCatalog.Find(subCommand);
        if (spec is null)
        {
            return UnknownSubCommand(subCommand);
        }

        var unknown = options.Keys.FirstOrDefault(key => !spec.Options.Contains(key, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            var takes = spec.Options.Count == 0
                ? "it takes no options"
                : "it takes " + string.Join(", ", spec.Options.Select(o => o + ":"));
            return ParseResult.Failure($"/watch {spec.Name} has no option {Shorten(unknown)}: — {takes}.", spec.Example);
        }

        var reader = new OptionReader(spec, options);
        return spec.Name switch
        {
            "start" => ParseStart(reader),
            "schedule" => ParseSchedule(reader),
            "ready" => ParseResult.Success(new ReadyCommand()),
            "pause" => ParseResult.Success(new PauseCommand()),
            "resume" => reader.Duration("in", out var resumeIn) ?? ParseResult.Success(new ResumeCommand(resumeIn)),
            "seek" => ParseSeek(reader),
            "react" => ParseReact(reader),
            "status" => ParseResult.Success(new StatusCommand()),
            "end" => ParseResult.Success(new EndCommand()),
            _ => ParseResult.Success(new HelpCommand()),
        };
    }

    private static ParseResult ParseStart(OptionReader reader) =>
        reader.Duration("in", out var countdown)
        ?? reader.Duration("runtime", out var runtime)
        ?? reader.Policy(out var policy)
        ?? ParseResult.Success(new StartCommand(reader.Text("title") ?? "", countdown, runtime, policy));

    private static ParseResult ParseSchedule(OptionReader reader)
    {
        var atText = reader.Text("at");
        if (atText is null)
        {
            return reader.Missing("at", "when it starts");
        }

        if (!TryParseScheduleTime(atText, out var at))
        {
            return ParseResult.Failure(
                $"I can't read \"{Shorten(atText)}\" as a time. Use an instant with Z or an offset, or \"in 2h\".",
                "/watch schedule title:\"Alien\" at:\"in 2h\"");
        }

        return reader.Duration("runtime", out var runtime)
            ?? reader.Policy(out var policy)
            ?? ParseResult.Success(new ScheduleCommand(reader.Text("title") ?? "", at, runtime, policy));
    }

    private static ParseResult ParseSeek(OptionReader reader)
    {
        var to = reader.Text("to");
        if (to is null)
        {
            return reader.Missing("to", "the position");
        }

        var sign = to.Length > 0 && to[0] is '+' or '-' ? to[0] : '\0';
        if (!PositionText.TryParse(sign == '\0' ? to : to[1..], out var offset))
        {
            return ParseResult.Failure(
                $"I can't read \"{Shorten(to)}\" as a position. Use 1:02:03, 62:03 or 3723s, or -30s / +1m to move.",
                "/watch seek to:1:02:03");
        }

        return ParseResult.Success(new SeekCommand(sign == '-' ? -offset : offset, IsRelative: sign != '\0'));
    }

    private static ParseResult ParseReact(OptionReader reader)
    {
        var emoji = reader.Text("emoji");
        return emoji is null
            ? reader.Missing("emoji", "the reaction")
            : ParseResult.Success(new ReactCommand(emoji, reader.Text("note")));
    }

    private static bool TryParseScheduleTime(string text, out ScheduleTime at)
    {
        at = ScheduleTime.In(TimeSpan.Zero);
        var s = text.Trim();
        if (s.StartsWith("in ", StringComparison.OrdinalIgnoreCase) && DurationText.TryParse(s[3..], out var fromNow))
        {
            at = ScheduleTime.In(fromNow);
            return true;
        }

        // Only instants that say their offset: a bare "20:00" would silently mean the bot's time zone.
        if (IsoInstantWithOffset().IsMatch(s)
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            at = ScheduleTime.At(instant.ToUniversalTime());
            return true;
        }

        return false;
    }

    private static ParseResult UnknownSubCommand(string word) =>
        ParseResult.Failure(
            $"I don't know \"{Shorten(word)}\". Try one of: {string.Join(", ", CommandCatalog.All.Select(s => s.Name))}.",
            HelpExample);

    internal static string Shorten(string text)
    {
        if (text.Length <= 40)
        {
            return text;
        }

        // Never cut between the halves of a surrogate pair: a lone surrogate cannot be sent anywhere.
        var cut = char.IsHighSurrogate(text[38]) ? 38 : 39;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z]+):(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex OptionWord();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoInstantWithOffset();
}
