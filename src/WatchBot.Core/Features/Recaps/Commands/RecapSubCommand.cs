using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Recaps.Commands;

/// <summary><c>/watch recap</c>: no options; one top-level entry on Discord.</summary>
internal sealed class RecapSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("recap", "the last recap here again, just for you", "/watch recap", [], _ => ParseResult.Success(new RecapCommand()))
    {
        Order = 92,
    };
}
