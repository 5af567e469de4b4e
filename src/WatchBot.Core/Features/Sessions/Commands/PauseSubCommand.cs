using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch pause</c>: pause for everyone.</summary>
internal sealed class PauseSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("pause", "pause for everyone", "/watch pause", [], _ => ParseResult.Success(new PauseCommand()))
    {
        Order = 40,
    };
}
