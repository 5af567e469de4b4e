
namespace WatchBot.Core.Grammar;

/// <summary><c>/watch help</c>: the registry's own sub-command, listed last.</summary>
internal sealed class HelpSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("help", "this list", "/watch help", [], _ => ParseResult.Success(new HelpCommand()))
    {
        Order = 1000,
    };
}
