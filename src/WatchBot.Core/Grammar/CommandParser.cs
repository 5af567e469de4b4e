
namespace WatchBot.Core.Grammar;

/// <summary>
/// The one grammar of <c>/watch</c>, as the platforms call it: typed text (shell, Slack) through
/// <see cref="Parse"/>, structured options (Discord) through <see cref="FromOptions"/>. Both read the
/// sub-commands the features declare in <see cref="CommandRegistry.Default"/>.
/// </summary>
public static class CommandParser
{
    public static ParseResult Parse(string text) => CommandRegistry.Default.Parse(text);

    /// <summary>Builds a command from a sub-command name and named option values; an unknown name is an error with a suggestion.</summary>
    public static ParseResult FromOptions(string subCommand, IReadOnlyDictionary<string, string> options) =>
        CommandRegistry.Default.FromOptions(subCommand, options);
}
