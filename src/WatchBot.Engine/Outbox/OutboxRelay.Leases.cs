using System.Collections.Concurrent;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// The relay among several instances: a channel's entries are sent only under its lease. The fast path
/// takes (or renews) the lease with the one upsert that also says whether older entries wait in the
/// channel; each send checks that the hold has at least half its length left, renewing it otherwise;
/// the sweep takes channels whose pending entries nobody sends.
/// </summary>
internal sealed partial class OutboxRelay
{
    /// <summary>Channels this instance holds, with when each hold ends unless renewed.</summary>
    private readonly ConcurrentDictionary<ChannelAddress, DateTimeOffset> _holds = new();

    /// <summary>
    /// Sends what start-up found (<paramref name="startUp"/>: every pending entry) or what was left
    /// behind (a sweep: entries older than <see cref="OutboxOptions.SweepAfter"/>, or in a channel held
    /// here), channel by channel under its gate and lease. Returns the entries sent or given up.
    /// </summary>
    public async Task<int> SweepAsync(Func<ChannelAddress, Task<IDisposable>> gate, bool startUp, CancellationToken cancellationToken)
    {
        if (fleet is null)
        {
            return 0;
        }

        var done = 0;
        var seenEntries = new HashSet<long>();
        var seenChannels = new HashSet<ChannelAddress>();
        while (true)
        {
            var page = (await store.ListPendingOutboxAsync(PageSize + seenEntries.Count, cancellationToken)).Where(e => !seenEntries.Contains(e.Id)).ToList();
            if (page.Count == 0)
            {
                return done;
            }

            foreach (var channel in page.GroupBy(e => e.Channel))
            {
                seenEntries.UnionWith(channel.Select(e => e.Id));
                if (!seenChannels.Add(channel.Key) || (!startUp && !IsHeldHere(channel.Key) && channel.All(Young)))
                {
                    continue;
                }

                using (await gate(channel.Key))
                {
                    done += await RelayChannelAsync(channel.Key, cancellationToken);
                }
            }
        }
    }

    /// <summary>Gives up this instance's leases (a clean stop), so the others take its channels at once.</summary>
    public async Task ReleaseLeasesAsync(CancellationToken cancellationToken)
    {
        if (fleet is not null)
        {
            _holds.Clear();
            await fleet.Leases.ReleaseAsync(fleet.Instance.Id, cancellationToken);
        }
    }

    /// <summary>The fast path's lease: false when another instance holds the channel (the entries stay pending for it).</summary>
    private async Task<bool> TakeForFastPathAsync(ChannelAddress channel, long firstCommitted, CancellationToken cancellationToken)
    {
        if (fleet is null)
        {
            return true;
        }

        // One process alone (SQLite) writes nothing others could have left behind: a hold with half its
        // length left is enough, so the fast path touches the lease table once per half lease per channel.
        if (!fleet.Leases.IsShared && IsHeldHere(channel, halfLeft: true))
        {
            return true;
        }

        var lease = await TakeAsync(channel, cancellationToken);
        if (lease is not { Held: true })
        {
            return false;
        }

        // Entries another instance committed here and could not send go first.
        if (lease.OldestPending is { } oldest && oldest < firstCommitted)
        {
            _backlogged[channel] = true;
        }

        return true;
    }

    /// <summary>Whether this instance may still send in <paramref name="channel"/>, renewing a hold past its half-life.</summary>
    private async Task<bool> StillHeldAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        if (fleet is null)
        {
            return true;
        }

        return IsHeldHere(channel, halfLeft: true) || await TakeAsync(channel, cancellationToken) is { Held: true };
    }

    private async Task<int> RelayChannelAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        if (await TakeAsync(channel, cancellationToken) is not { Held: true })
        {
            return 0;
        }

        // Read after the lease is taken: what the previous holder sent before its lease lapsed is no longer pending.
        var entries = await ListPendingAsync(channel, cancellationToken);
        if (await SendInOrderAsync(entries, new Dictionary<long, Core.Kernel.Notice>(), cancellationToken))
        {
            _backlogged.TryRemove(channel, out _);
            return entries.Count;
        }

        return 0;
    }

    private async Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        fleet is null
            ? [.. (await store.ListPendingOutboxAsync(int.MaxValue, cancellationToken)).Where(e => e.Channel == channel)]
            : await fleet.Leases.ListPendingAsync(channel, PageSize, cancellationToken);

    /// <summary>Takes or renews the lease; null (logged) when the lease table cannot be reached: nothing is sent then.</summary>
    private async Task<OutboxLease?> TakeAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            var lease = await fleet!.Leases.TakeAsync(channel, fleet.Instance.Id, now, fleet.Options.LeaseLength, cancellationToken);
            if (lease.Held)
            {
                _holds[channel] = lease.ExpiresAt;
            }
            else
            {
                _holds.TryRemove(channel, out _);
                Log.OutboxChannelHeldElsewhere(logger, channel.ToString());
            }

            return lease;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _holds.TryRemove(channel, out _);
            Log.OutboxLeaseFailed(logger, ex, channel.ToString());
            return null;
        }
    }

    /// <summary>Whether this instance holds <paramref name="channel"/> now (with <paramref name="halfLeft"/>: for at least half a lease more).</summary>
    private bool IsHeldHere(ChannelAddress channel, bool halfLeft = false) =>
        _holds.TryGetValue(channel, out var until) && time.GetUtcNow() < until - (halfLeft ? fleet!.Options.LeaseLength / 2 : TimeSpan.Zero);

    private bool Young(OutboxEntry entry) => time.GetUtcNow() - entry.CreatedAt < fleet!.Options.SweepAfter;
}
