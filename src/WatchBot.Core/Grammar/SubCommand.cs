
namespace WatchBot.Core.Grammar;

/// <summary>
/// One <c>/watch</c> sub-command as a feature declares it: the single source of the typed grammar,
/// Discord's command definition, help and the error messages.
/// </summary>
/// <param name="Name">As typed (<c>start</c>).</param>
/// <param name="Summary">What it does, for help and Discord (at most 100 characters).</param>
/// <param name="Example">A command that works, shown in help and with every error about this sub-command.</param>
/// <param name="Options">Its options, in the order help and Discord list them.</param>
/// <param name="Build">Reads the checked options into a command, or says what is wrong.</param>
public sealed record SubCommand(
    string Name,
    string Summary,
    string Example,
    IReadOnlyList<CommandOption> Options,
    Func<OptionValues, ParseResult> Build)
{
    /// <summary>The option that words without a name fill (<c>/watch seek 1:02:03</c>).</summary>
    public string? Positional { get; init; }

    /// <summary>
    /// A <see cref="OptionKind.Choice"/> option whose values are verbs (<c>mod add|remove|list</c>):
    /// typed as a word, and a group of sub-commands on Discord.
    /// </summary>
    public string? GroupBy { get; init; }

    /// <summary>
    /// The <see cref="GroupBy"/> sub-command it also sits under (<c>mod</c>): typed, both
    /// <c>/watch kick @bob</c> and <c>/watch mod kick @bob</c> work; on Discord, which allows 25
    /// sub-commands per command, it is only <c>/watch mod kick</c>.
    /// </summary>
    public string? Under { get; init; }

    /// <summary>Where it comes in help and in Discord's list: lower first. Features space theirs by tens.</summary>
    public int Order { get; init; }

    /// <summary>The declared option named <paramref name="name"/> (any case), or null.</summary>
    public CommandOption? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
