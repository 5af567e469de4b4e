using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.LateJoin.Commands;

/// <summary><c>/watch join</c> (<c>/watch sync join</c> on Discord): a private countdown to catch up with the film.</summary>
internal sealed class JoinSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("join", "joining late: when to press play, just for you", "/watch join", [], _ => ParseResult.Success(new JoinCommand()))
    {
        Order = 82,
        Under = "sync",
    };
}
