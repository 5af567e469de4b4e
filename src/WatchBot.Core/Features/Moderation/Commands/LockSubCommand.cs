using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary><c>/watch lock</c>: only people already taking part may react or get ready.</summary>
internal sealed class LockSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "lock",
        "host or moderators: only people already taking part may react or get ready",
        "/watch lock",
        [],
        _ => ParseResult.Success(new LockCommand(Lock: true)))
    {
        Order = 104,
        Under = "mod",
    };
}
