using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary><c>/watch unlock</c>: everyone may react and get ready again.</summary>
internal sealed class UnlockSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "unlock",
        "host or moderators: let everyone react and get ready again",
        "/watch unlock",
        [],
        _ => ParseResult.Success(new LockCommand(Lock: false)))
    {
        Order = 105,
        Under = "mod",
    };
}
