using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch ready</c>: say you are ready.</summary>
internal sealed class ReadySubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("ready", "say you are ready", "/watch ready", [], _ => ParseResult.Success(new ReadyCommand()))
    {
        Order = 30,
    };
}
