using System.Text.RegularExpressions;

namespace WatchBot.Core.Grammar;

public sealed partial class CommandRegistry
{
    private const string HelpExample = "/watch help";

    /// <summary>Typed text (shell, Slack): <c>/watch &lt;sub&gt; [name:value ...]</c>, the <c>/watch</c> optional.</summary>
    public ParseResult Parse(string text)
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

        // "mod kick @bob" is "kick @bob": the group word Discord needs is welcome typed too.
        if (words.Count > 1 && Find(words[1]) is { Under: { } group } && string.Equals(group, words[0], StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        var sub = Find(words[0]);
        if (sub is null && FindGroup(words[0]) is { } alone)
        {
            var members = Under(alone.Name).Select(m => m.Name).ToList();
            return ParseResult.Failure($"/watch {alone.Name} needs what: {Suggest.Either(members)}.", Under(alone.Name).First().Example);
        }

        if (sub is null)
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
                    return ParseResult.Failure($"The option {name}: is given twice.", sub.Example);
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
            if (sub.Positional is null || typed.Any(o => o.Key == sub.Positional))
            {
                return ParseResult.Failure($"I did not understand \"{Excerpt.Of(string.Join(' ', leading))}\" after /watch {sub.Name}.", sub.Example);
            }

            typed.Insert(0, new(sub.Positional, string.Join(' ', leading)));
        }

        var command = new TypedOptions(sub.Name, typed);
        var result = Build(sub, typed.ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase), command);
        if (result.IsSuccess && spilled)
        {
            var quoted = typed.Where(o => o.Value.Any(char.IsWhiteSpace)).Select(o => $"{o.Key}:{TypedOptions.Quote(o.Value)}");
            return ParseResult.Failure($"Put quotes around a value with spaces: {Excerpt.Of(string.Join(' ', quoted))}.", command.ToString());
        }

        return result;
    }

    /// <summary>Structured input (Discord): a sub-command name and its option values by name.</summary>
    public ParseResult FromOptions(string subCommand, IReadOnlyDictionary<string, string> options)
    {
        var sub = Find(subCommand);
        return sub is null
            ? UnknownSubCommand(subCommand, options.Select(o => o.Key + ":" + o.Value))
            : Build(sub, options, typed: null);
    }

    /// <summary>Checks the options against the declaration, then lets the declaration read them.</summary>
    /// <param name="sub">The sub-command.</param>
    /// <param name="options">Its option values by name.</param>
    /// <param name="typed">The command as typed, to show it corrected in errors; null for structured input.</param>
    private ParseResult Build(SubCommand sub, IReadOnlyDictionary<string, string> options, TypedOptions? typed)
    {
        var unknown = options.Keys.FirstOrDefault(key => sub.Option(key) is null);
        if (unknown is not null)
        {
            return UnknownOption(sub, unknown, typed);
        }

        var missing = sub.Options.FirstOrDefault(o => o.Required && !options.Keys.Contains(o.Name, StringComparer.OrdinalIgnoreCase));
        if (missing is not null)
        {
            var what = char.ToLowerInvariant(missing.Description[0]) + missing.Description[1..];
            return ParseResult.Failure($"/watch {sub.Name} needs {missing.Name}: ({what}).", sub.Example);
        }

        return sub.Build(new OptionValues(this, sub, options, typed));
    }

    private ParseResult UnknownSubCommand(string word, IEnumerable<string> rest)
    {
        var all = string.Join(", ", SubCommands.Select(s => s.Name));

        // "/watch need a break", "/watch please pause": a sub-command later in the words is what was meant.
        if (rest.Select(Find).FirstOrDefault(s => s is not null) is { } meant)
        {
            return ParseResult.Failure($"I don't know \"{Excerpt.Of(word)}\". Did you mean /watch {meant.Name}? ({meant.Summary})", meant.Example);
        }

        var near = Nearest(word);
        if (near.Count == 0)
        {
            return ParseResult.Failure($"I don't know \"{Excerpt.Of(word)}\". Try one of: {all}.", HelpExample);
        }

        // Show the whole command again with the name fixed, when that command works as typed.
        var fixedCommand = string.Join(' ', new[] { "/watch", near[0] }.Concat(rest.Select(RequoteWord)));
        var example = Parse(fixedCommand).IsSuccess ? fixedCommand : Find(near[0])!.Example;
        return ParseResult.Failure($"I don't know \"{Excerpt.Of(word)}\". Did you mean {Suggest.Either(near)}? (All: {all}.)", example);
    }

    private ParseResult UnknownOption(SubCommand sub, string unknown, TypedOptions? typed)
    {
        var names = sub.Options.Select(o => o.Name).ToList();
        var takes = names.Count == 0 ? "it takes no options" : "it takes " + string.Join(", ", names.Select(n => n + ":"));
        var near = Suggest.Nearest(unknown, names);
        if (near.Count == 0)
        {
            return ParseResult.Failure($"/watch {sub.Name} has no option {Excerpt.Of(unknown)}: — {takes}.", sub.Example);
        }

        var fixedCommand = typed?.Renamed(unknown, near[0]);
        var example = fixedCommand is not null && Parse(fixedCommand).IsSuccess ? fixedCommand : sub.Example;
        return ParseResult.Failure(
            $"/watch {sub.Name} has no option {Excerpt.Of(unknown)}: — did you mean {Suggest.Either([.. near.Select(n => n + ":")])}?",
            example);
    }

    private static string RequoteWord(string word)
    {
        var match = OptionWord().Match(word);
        return match.Success
            ? match.Groups["name"].Value + ":" + TypedOptions.Quote(match.Groups["value"].Value)
            : TypedOptions.Quote(word);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z]+(?:-[A-Za-z]+)*):(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex OptionWord();
}
