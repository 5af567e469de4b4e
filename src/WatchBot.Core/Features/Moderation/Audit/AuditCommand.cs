using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Audit;

/// <summary><c>/watch audit</c>: the space's latest audit entries, for moderators, privately. Handled by the engine's audit service.</summary>
public sealed record AuditCommand : WatchCommand
{
    public override string Name => "audit";
}
