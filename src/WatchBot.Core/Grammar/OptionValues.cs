using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Text;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Grammar;

/// <summary>
/// One sub-command's option values, already checked against its declaration (known names, required
/// ones present). Each typed reader returns null when the value is fine (or absent) and a failure
/// otherwise, so a declaration's factory chains them with <c>??</c>. Reading an option as a kind it
/// was not declared with is a bug in the declaration and throws.
/// </summary>
public sealed class OptionValues
{
    private readonly CommandRegistry _registry;
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly TypedOptions? _typed;

    internal OptionValues(CommandRegistry registry, SubCommand subCommand, IReadOnlyDictionary<string, string> values, TypedOptions? typed)
    {
        _registry = registry;
        _values = values;
        _typed = typed;
        SubCommand = subCommand;
    }

    public SubCommand SubCommand { get; }

    /// <summary>The value as given, whatever its kind; null when absent.</summary>
    public string? Text(string name)
    {
        Declared(name, kind: null);
        foreach (var (key, value) in _values)
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
        var text = Typed(name, OptionKind.Duration);
        if (text is null)
        {
            return null;
        }

        if (DurationText.TryParse(text, out var value))
        {
            duration = value;
            return null;
        }

        return DurationSuggestion.TrySuggest(text, out var shortForm)
            ? Failure($"I can't read \"{Excerpt.Of(text)}\" as a duration for {name}:. Write it as {shortForm}.", Corrected(name, shortForm))
            : Failure($"I can't read \"{Excerpt.Of(text)}\" as a duration for {name}:. Use 10s, 2m, 1h30m or a number of seconds.");
    }

    /// <summary>An absolute position, or a move when it starts with <c>+</c> or <c>-</c>.</summary>
    public ParseResult? Position(string name, out TimeSpan? offset, out bool relative)
    {
        offset = null;
        relative = false;
        var text = Typed(name, OptionKind.Position);
        if (text is null)
        {
            return null;
        }

        var sign = text.Length > 0 && text[0] is '+' or '-' ? text[0] : '\0';
        if (!PositionText.TryParse(sign == '\0' ? text : text[1..], out var value))
        {
            return Failure($"I can't read \"{Excerpt.Of(text)}\" as a position. Use 1:02:03, 62:03 or 3723s, or -30s / +1m to move.");
        }

        offset = sign == '-' ? -value : value;
        relative = sign != '\0';
        return null;
    }

    public ParseResult? Instant(string name, out ScheduleTime? at)
    {
        at = null;
        var text = Typed(name, OptionKind.InstantPhrase);
        if (text is null)
        {
            return null;
        }

        if (InstantPhrase.TryParse(text, out var value, out var problem))
        {
            at = value;
            return null;
        }

        var trimmed = text.Trim();
        if (problem is null && trimmed.StartsWith("in ", StringComparison.OrdinalIgnoreCase) && DurationSuggestion.TrySuggest(trimmed[3..], out var shortForm))
        {
            return Failure($"I can't read \"{Excerpt.Of(text)}\" as a time. Write it as \"in {shortForm}\".", Corrected(name, "in " + shortForm));
        }

        var why = problem is null ? "" : $": {problem}";
        return Failure($"I can't read \"{Excerpt.Of(text)}\" as a time{why}. {WhenPhraseReader.Forms}");
    }

    /// <summary>The declared value the typed one names (by value or alias, any case).</summary>
    public ParseResult? Choice(string name, out string? value)
    {
        value = null;
        var text = Typed(name, OptionKind.Choice);
        if (text is null)
        {
            return null;
        }

        var choices = SubCommand.Option(name)!.Choices;
        value = choices.FirstOrDefault(c => c.Matches(text.Trim()))?.Value;
        return value is null
            ? Failure($"{name}: is one of {Suggest.Either([.. choices.Select(c => c.Value)])}, not \"{Excerpt.Of(text)}\".", Corrected(name, choices[0].Value))
            : null;
    }

    /// <summary>A refusal with this sub-command's example, or <paramref name="example"/>.</summary>
    public ParseResult Failure(string message, string? example = null) => ParseResult.Failure(message, example ?? SubCommand.Example);

    /// <summary>
    /// The typed command with <paramref name="name"/> set to <paramref name="value"/>, when that
    /// command works; else the sub-command's example.
    /// </summary>
    public string Corrected(string name, string value)
    {
        var corrected = _typed?.With(name, value);
        return corrected is not null && _registry.Parse(corrected).IsSuccess ? corrected : SubCommand.Example;
    }

    private string? Typed(string name, OptionKind kind)
    {
        Declared(name, kind);
        return Text(name);
    }

    private void Declared(string name, OptionKind? kind)
    {
        var option = SubCommand.Option(name)
            ?? throw new InvalidOperationException($"/watch {SubCommand.Name} reads {name}:, which it does not declare.");
        if (kind is { } k && option.Kind != k)
        {
            throw new InvalidOperationException($"/watch {SubCommand.Name} reads {name}: as {k}, but declares it {option.Kind}.");
        }
    }
}
