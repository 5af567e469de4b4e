using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch status</c>: where are we?.</summary>
internal sealed class StatusSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("status", "where are we?", "/watch status", [], _ => ParseResult.Success(new StatusCommand()))
    {
        Order = 80,
    };
}
