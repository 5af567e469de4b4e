using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Who may send a channel's outbox entries now: one lease per channel, held by one instance until it
/// expires. With several instances on one database, only the holder sends, so each entry goes out once
/// and a channel's entries in order; a dead holder's channels are taken over when its leases lapse.
/// </summary>
public interface IOutboxLeases
{
    /// <summary>
    /// Whether other processes may share the outbox (PostgreSQL): then the relay sweeps for entries left
    /// behind by others. A single-process store (SQLite) grants every lease and needs no sweep.
    /// </summary>
    bool IsShared { get; }

    /// <summary>
    /// Takes or renews <paramref name="channel"/>'s lease for <paramref name="owner"/> until
    /// <paramref name="now"/> + <paramref name="length"/>, when it is free, expired or already the owner's;
    /// one conditional upsert. Says as well the channel's oldest pending entry, so that the caller sends
    /// older entries (another instance's) first.
    /// </summary>
    Task<OutboxLease> TakeAsync(ChannelAddress channel, string owner, DateTimeOffset now, TimeSpan length, CancellationToken cancellationToken);

    /// <summary>The channel's entries not yet sent, oldest first (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(ChannelAddress channel, int limit, CancellationToken cancellationToken);

    /// <summary>Gives up every lease <paramref name="owner"/> holds (a clean shutdown): the others need not wait for them to lapse.</summary>
    Task ReleaseAsync(string owner, CancellationToken cancellationToken);
}
