using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// What one decision writes, in one transaction: the session (expected at
/// <see cref="WatchSession.Version"/>), the reactions it appends, the announcements it causes, and
/// changes to other aggregates (each expected at its own version; the store writes each kind through
/// the writer that kind registered, and refuses the whole commit if any version moved on).
/// </summary>
public sealed record SessionCommit(WatchSession Session, IReadOnlyList<Reaction> NewReactions, IReadOnlyList<OutboxEntry> Outbox)
{
    public IReadOnlyList<AggregateChange> Changes { get; init; } = [];
}
