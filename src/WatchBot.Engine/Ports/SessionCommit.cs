using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// What one decision writes, in one transaction: the session (expected at
/// <see cref="WatchSession.Version"/>), the reactions it appends, and the announcements it causes.
/// </summary>
public sealed record SessionCommit(WatchSession Session, IReadOnlyList<Reaction> NewReactions, IReadOnlyList<OutboxEntry> Outbox);
