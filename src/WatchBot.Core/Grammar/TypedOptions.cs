namespace WatchBot.Core.Grammar;

/// <summary>
/// The options of a typed command in the order they were typed, so an error can show the same
/// command corrected (<c>title:"The Matrix"</c> quoted, <c>in:5m</c> for <c>in:5 minutes</c>).
/// </summary>
internal sealed class TypedOptions(string subCommand, IReadOnlyList<KeyValuePair<string, string>> options)
{
    public string SubCommand { get; } = subCommand;

    public IReadOnlyList<KeyValuePair<string, string>> Options { get; } = options;

    /// <summary>The command as it should have been typed, with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public string With(string name, string value) =>
        Render(SubCommand, Options.Select(o => string.Equals(o.Key, name, StringComparison.OrdinalIgnoreCase) ? new(o.Key, value) : o));

    /// <summary>The command with option <paramref name="from"/> renamed to <paramref name="to"/>.</summary>
    public string Renamed(string from, string to) =>
        Render(SubCommand, Options.Select(o => string.Equals(o.Key, from, StringComparison.OrdinalIgnoreCase) ? new(to, o.Value) : o));

    /// <summary>The same options under another sub-command name.</summary>
    public string As(string subCommand) => Render(subCommand, Options);

    public override string ToString() => Render(SubCommand, Options);

    private static string Render(string subCommand, IEnumerable<KeyValuePair<string, string>> options) =>
        string.Join(' ', new[] { "/watch", subCommand }.Concat(options.Select(o => $"{o.Key}:{Quote(o.Value)}")));

    /// <summary>Quotes a value that holds spaces (or is empty), the way the tokenizer reads it back.</summary>
    public static string Quote(string value) =>
        value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c is '"' or '“' or '”')
            ? "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : value;
}
