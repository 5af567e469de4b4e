using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Audit;

/// <summary><c>/watch audit</c>: what moderators did here lately (moderators only, privately).</summary>
internal sealed class AuditSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "audit",
        "moderators only: what moderators did here lately",
        "/watch audit",
        [],
        _ => ParseResult.Success(new AuditCommand()))
    {
        Order = 107,
        Under = "mod",
    };
}
