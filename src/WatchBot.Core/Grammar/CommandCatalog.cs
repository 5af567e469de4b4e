
namespace WatchBot.Core.Grammar;

/// <summary>
/// The declared sub-commands as the rest of the code reads them (help, examples), from
/// <see cref="CommandRegistry.Default"/>: one source, so help, errors and Discord cannot disagree.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<SubCommand> All => CommandRegistry.Default.SubCommands;

    public static SubCommand? Find(string name) => CommandRegistry.Default.Find(name);

    /// <summary>The sub-commands a mistyped name was probably meant to be (<c>strat</c> → <c>start</c>), best first.</summary>
    public static IReadOnlyList<string> Nearest(string name) => CommandRegistry.Default.Nearest(name);

    /// <summary>One line per sub-command: its example and what it does.</summary>
    public static IEnumerable<string> HelpLines() => CommandRegistry.Default.HelpLines();
}
