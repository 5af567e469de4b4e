using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch end</c>: end the session and show the recap.</summary>
internal sealed class EndSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new("end", "end the session and show the recap", "/watch end", [], _ => ParseResult.Success(new EndCommand()))
    {
        Order = 90,
    };
}
