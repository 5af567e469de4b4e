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
            return UnknownSubCommand(words[0], words.Skip(1));
        }

        // Options in typed order. A bare word after name:value is almost always the rest of an
        // unquoted value (title:The Matrix): it joins that value, and the answer says to quote it.
        var typed = new List<KeyValuePair<string, string>>();
        var leading = new List<string>();
        var spilled = false;
        foreach (var word in words.Skip(1))
        {
            var match = OptionWord().Match(word);
            if (match.Success)
            {
                var name = match.Groups["name"].Value.ToLowerInvariant();
                if (typed.Any(o => o.Key == name))
                {
                    return ParseResult.Failure($"The option {name}: is given twice.", spec.Example);
                }

                typed.Add(new(name, match.Groups["value"].Value));
            }
            else if (typed.Count == 0)
            {
                leading.Add(word);
            }
            else
            {
                typed[^1] = new(typed[^1].Key, typed[^1].Value + " " + word);
                spilled = true;
            }
        }

        if (leading.Count > 0)
        {
            if (spec.Positional is null || typed.Any(o => o.Key == spec.Positional))
            {
                return ParseResult.Failure(
                    $"I did not understand \"{Shorten(string.Join(' ', leading))}\" after /watch {spec.Name}.",
                    spec.Example);
            }

            typed.Insert(0, new(spec.Positional, string.Join(' ', leading)));
        }

        var options = typed.ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase);
        var command = new TypedOptions(spec.Name, typed);
        var result = Build(spec, options, command);
        if (result.IsSuccess && spilled)
        {
            var quoted = typed.Where(o => o.Value.Any(char.IsWhiteSpace)).Select(o => $"{o.Key}:{TypedOptions.Quote(o.Value)}");
            return ParseResult.Failure(
                $"Put quotes around a value with spaces: {Shorten(string.Join(' ', quoted))}.",
                command.ToString());
        }

        return result;
    }

    /// <summary>Builds a command from a sub-command name and named option values.</summary>
    public static ParseResult FromOptions(string subCommand, IReadOnlyDictionary<string, string> options)
    {
        var spec = CommandCatalog.Find(subCommand);
        return spec is null ? UnknownSubCommand(subCommand, []) : Build(spec, options, typed: null);
    }

    /// <summary>Checks the options against <paramref name="spec"/> and reads their values.</summary>
    /// <param name="spec">The sub-command.</param>
    /// <param name="options">Its option values by name.</param>
    /// <param name="typed">The command as typed, to show it corrected in errors; null for structured input (Discord).</param>
    private static ParseResult Build(CommandSpec spec, IReadOnlyDictionary<string, string> options, TypedOptions? typed)
    {
        var unknown = options.Keys.FirstOrDefault(key => !spec.Options.Contains(key, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            return UnknownOption(spec, unknown, typed);
        }

        var reader = new OptionReader(spec, options, typed);
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
            "mod" => ParseMod(reader),
            "help" => ParseResult.Success(new HelpCommand()),

            // A catalog entry without a parser is a bug; it must never silently become help.
            _ => UnknownSubCommand(spec.Name, []),
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
            var trimmed = atText.Trim();
            if (trimmed.StartsWith("in ", StringComparison.OrdinalIgnoreCase) && DurationSuggestion.TrySuggest(trimmed[3..], out var shortForm))
            {
                return ParseResult.Failure(
                    $"I can't read \"{Shorten(atText)}\" as a time. Write it as \"in {shortForm}\".",
                    reader.Corrected("at", "in " + shortForm, "/watch schedule title:\"Alien\" at:\"in 2h\""));
            }

            return ParseResult.Failure(
                $"I can't read \"{Shorten(atText)}\" as a time. Use \"in 2h\", or an instant with Z or an offset.",
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

    private static ParseResult ParseMod(OptionReader reader)
    {
        // "mod add @bob" arrives as action "add @bob": the second word names the person.
        var words = (reader.Text("action") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var user = reader.Text("user");
        if (words.Length == 2 && user is null)
        {
            user = words[1];
        }
        else if (words.Length != 1)
        {
            return ParseResult.Failure("/watch mod needs what to do: add, remove or list.", "/watch mod list");
        }

        var verb = words[0].ToLowerInvariant() switch
        {
            "add" => ModVerb.Add,
            "remove" or "rm" or "delete" => ModVerb.Remove,
            "list" or "ls" => ModVerb.List,
            _ => (ModVerb?)null,
        };
        if (verb is null)
        {
            var near = Suggest.Nearest(words[0], ["add", "remove", "list"]);
            var hint = near.Count > 0 ? $" Did you mean mod {Suggest.Either(near)}?" : "";
            return ParseResult.Failure($"/watch mod can add, remove or list, not \"{Shorten(words[0])}\".{hint}", "/watch mod list");
        }

        user = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        return (verb, user) switch
        {
            (ModVerb.List, not null) => ParseResult.Failure("/watch mod list takes no user:.", "/watch mod list"),
            (not ModVerb.List, null) => ParseResult.Failure(
                $"/watch mod {words[0].ToLowerInvariant()} needs user: (who, as an @-mention).",
                $"/watch mod {words[0].ToLowerInvariant()} user:@bob"),
            _ => ParseResult.Success(new ModCommand(verb.Value, user)),
        };
    }

    private static ParseResult UnknownSubCommand(string word, IEnumerable<string> rest)
    {
        var all = string.Join(", ", CommandCatalog.All.Select(s => s.Name));
        var near = CommandCatalog.Nearest(word);
        if (near.Count == 0)
        {
            return ParseResult.Failure($"I don't know \"{Shorten(word)}\". Try one of: {all}.", HelpExample);
        }

        // Show the whole command again with the name fixed, when that command works as typed.
        var fixedCommand = string.Join(' ', new[] { "/watch", near[0] }.Concat(rest.Select(RequoteWord)));
        var example = Parse(fixedCommand).IsSuccess ? fixedCommand : CommandCatalog.Find(near[0])!.Example;
        return ParseResult.Failure($"I don't know \"{Shorten(word)}\". Did you mean {Suggest.Either(near)}? (All: {all}.)", example);
    }

    private static ParseResult UnknownOption(CommandSpec spec, string unknown, TypedOptions? typed)
    {
        var takes = spec.Options.Count == 0
            ? "it takes no options"
            : "it takes " + string.Join(", ", spec.Options.Select(o => o + ":"));
        var near = Suggest.Nearest(unknown, spec.Options);
        if (near.Count == 0)
        {
            return ParseResult.Failure($"/watch {spec.Name} has no option {Shorten(unknown)}: — {takes}.", spec.Example);
        }

        var fixedCommand = typed?.Renamed(unknown, near[0]);
        var example = fixedCommand is not null && Parse(fixedCommand).IsSuccess ? fixedCommand : spec.Example;
        return ParseResult.Failure(
            $"/watch {spec.Name} has no option {Shorten(unknown)}: — did you mean {Suggest.Either([.. near.Select(n => n + ":")])}?",
            example);
    }

    private static string RequoteWord(string word)
    {
        var match = OptionWord().Match(word);
        return match.Success
            ? match.Groups["name"].Value + ":" + TypedOptions.Quote(match.Groups["value"].Value)
            : TypedOptions.Quote(word);
    }

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
