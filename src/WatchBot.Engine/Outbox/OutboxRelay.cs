using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Sends committed announcements and marks them sent, in entry order per channel. The coordinator
/// hands it what it just committed (the fast path, no read); the outbox table is the safety net:
/// entries a crash or a failed send left pending are sent by <see cref="RelayPendingAsync"/> at
/// start-up, or before the channel's next announcement. Delivery is at least once: a crash between
/// a send and its mark sends that one again, under the same delivery key (<see cref="OutboxDeliveryKey"/>),
/// which Discord turns into the one message. Callers hold the channel's gate. With a
/// <see cref="OutboxFleet"/> (instances sharing the database) an instance sends a channel's entries only
/// while it holds that channel's lease (<c>OutboxRelay.Leases.cs</c>); entries it may not send stay
/// pending for the holder, or for whoever takes the channel when the lease lapses.
/// </summary>
internal sealed partial class OutboxRelay(
    ISessionStore store, NoticeRouter router, TimeProvider time, SessionRulesOptions options, ILogger logger, DiagnosticsOptions? diagnostics = null, OutboxFleet? fleet = null)
{
    /// <summary>After this many failed sends an entry is given up, so one refused message cannot silence its channel.</summary>
    public const int MaxAttempts = 3;

    private const int PageSize = 500;

    /// <summary>Channels with entries left pending by a failed send: their next delivery reads the table first.</summary>
    private readonly ConcurrentDictionary<ChannelAddress, bool> _backlogged = new();

    /// <summary>A test's kill point between commit and send; off unless <c>Diagnostics:HoldOutboxSend</c> is set.</summary>
    private readonly OutboxHold _hold = new(diagnostics?.HoldOutboxSend, time, logger);

    /// <summary>The fast path: sends what one decision committed in <paramref name="channel"/>.</summary>
    public async Task DeliverAsync(ChannelAddress channel, IReadOnlyList<CommittedNotice> committed, CancellationToken cancellationToken)
    {
        if (committed.Count == 0 || !await TakeForFastPathAsync(channel, committed[0].Entry.Id, cancellationToken))
        {
            return;
        }

        if (_backlogged.ContainsKey(channel))
        {
            var pending = await ListPendingAsync(channel, cancellationToken);
            var known = committed.ToDictionary(c => c.Entry.Id, c => c.Notice);
            if (await SendInOrderAsync(pending, known, cancellationToken))
            {
                _backlogged.TryRemove(channel, out _);
            }

            return;
        }

        foreach (var item in committed)
        {
            if (!await SendAsync(item.Entry, item.Notice, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Every pending entry, oldest first, each channel under its gate: what start-up runs before
    /// recovery decides anything. Returns the entries of the channels that were relayed completely.
    /// </summary>
    public async Task<int> RelayPendingAsync(Func<ChannelAddress, Task<IDisposable>> gate, CancellationToken cancellationToken)
    {
        if (fleet is not null)
        {
            return await SweepAsync(gate, startUp: true, cancellationToken);
        }

        var done = 0;
        var known = new Dictionary<long, Notice>();

        // Each entry is tried once per pass: one left pending (or unmarkable) waits for the channel's next announcement.
        var seen = new HashSet<long>();
        while (true)
        {
            var page = (await store.ListPendingOutboxAsync(PageSize + seen.Count, cancellationToken)).Where(e => !seen.Contains(e.Id)).ToList();
            if (page.Count == 0)
            {
                return done;
            }

            foreach (var channel in page.GroupBy(e => e.Channel))
            {
                using (await gate(channel.Key))
                {
                    var entries = channel.ToList();
                    seen.UnionWith(entries.Select(e => e.Id));
                    if (await SendInOrderAsync(entries, known, cancellationToken))
                    {
                        done += entries.Count;
                    }
                }
            }
        }
    }

    /// <returns>Whether every entry was sent or given up; false when one is left pending (the rest wait behind it).</returns>
    private async Task<bool> SendInOrderAsync(IReadOnlyList<OutboxEntry> entries, Dictionary<long, Notice> known, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            var notice = known.TryGetValue(entry.Id, out var fresh) ? fresh : OutboxCodec.Decode(entry);
            notice = notice is null ? null : await AsOfNowAsync(entry, notice, cancellationToken);
            if (notice is null)
            {
                Log.OutboxDropped(logger, entry.Id, entry.Kind);
                await MarkAsync(entry, sent: true, cancellationToken);
                continue;
            }

            if (!await SendAsync(entry, notice, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sends one entry and records the outcome; false when it stays pending.</summary>
    private async Task<bool> SendAsync(OutboxEntry entry, Notice notice, CancellationToken cancellationToken)
    {
        await _hold.BeforeSendAsync(entry, cancellationToken);
        if (!await StillHeldAsync(entry.Channel, cancellationToken))
        {
            // Another instance holds the channel now: the entry is its to send, in order.
            _backlogged[entry.Channel] = true;
            return false;
        }

        if (await router.TryPublishAsync(entry.Channel, notice, OutboxDeliveryKey.For(entry.Id), cancellationToken))
        {
            await MarkAsync(entry, sent: true, cancellationToken);
            return true;
        }

        if (entry.Attempts + 1 >= MaxAttempts)
        {
            Log.OutboxGivenUp(logger, entry.Id, entry.Kind, entry.Channel.ToString(), entry.Attempts + 1);
            await MarkAsync(entry, sent: true, cancellationToken);
            return true;
        }

        await MarkAsync(entry, sent: false, cancellationToken);
        _backlogged[entry.Channel] = true;
        return false;
    }

    /// <summary>
    /// A GO sent later than the decision that made it, by more than the tolerance (the process died
    /// before sending it), says "started N ago" instead, from the stored session; a GO whose session
    /// no longer plays is dropped.
    /// </summary>
    private async Task<Notice?> AsOfNowAsync(OutboxEntry entry, Notice notice, CancellationToken cancellationToken)
    {
        if (notice is not PlaybackStarted go)
        {
            return notice;
        }

        var now = time.GetUtcNow();
        var late = now - entry.CreatedAt;
        if (late <= options.LateGoTolerance)
        {
            return notice;
        }

        return await store.GetAsync(entry.SessionId, cancellationToken) is { Phase: SessionPhase.Playing } session
            ? new LateStart(session, late, session.PositionAt(now))
            : null;
    }

    private async Task MarkAsync(OutboxEntry entry, bool sent, CancellationToken cancellationToken)
    {
        try
        {
            if (sent)
            {
                await store.MarkOutboxSentAsync(entry.Id, time.GetUtcNow(), cancellationToken);
            }
            else
            {
                await store.MarkOutboxFailedAsync(entry.Id, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OutboxMarkFailed(logger, ex, entry.Id);
        }
    }
}
