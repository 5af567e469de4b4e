using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;

namespace WatchBot.Engine.Sessions;

/// <summary>The coordinator's write side: a decision committed with its announcements, then its effects.</summary>
public sealed partial class SessionCoordinator
{
    /// <summary>
    /// Commits the decision's session, reactions and channel announcements (recaps completed) in one
    /// transaction, and returns the announcements to send with their outbox entries. A decision
    /// that saves nothing has no outbox entry: its announcements (if any) are sent directly.
    /// </summary>
    private async Task<(SaveResult Result, IReadOnlyList<Announcement> Announced)> CommitAsync(
        ChannelAddress channel, Decision decision, int attempt, CancellationToken cancellationToken)
    {
        if (decision.Next is not { } next)
        {
            if (decision.Changes.Count > 0)
            {
                throw new InvalidOperationException("A session decision saves other aggregates only beside its session (Decision.Next).");
            }

            return (SaveResult.Saved, [.. decision.ToChannel.Select(n => new Announcement(null, n))]);
        }

        var now = Now();

        // Recaps are completed before the commit, so the outbox keeps the whole announcement.
        var notices = new List<Notice>(decision.ToChannel.Count);
        foreach (var notice in decision.ToChannel)
        {
            notices.Add(await CompleteRecapAsync(notice, cancellationToken));
        }

        // An ended session's recap is kept with it, in the same transaction, for /watch recap.
        IReadOnlyList<AggregateChange> changes = [.. decision.Changes, .. notices.OfType<SessionEnded>().Select(e => new RecapKept(channel, KeptRecap.Of(e)))];
        var encoded = notices.Select(n => (Entry: OutboxCodec.Encode(channel, next.Id, n, now), Notice: n)).ToList();
        IReadOnlyList<OutboxEntry> committed;
        try
        {
            committed = await store.CommitAsync(
                new SessionCommit(next, decision.NewReactions, [.. encoded.Where(e => e.Entry is not null).Select(e => e.Entry!)]) { Changes = changes },
                cancellationToken);
            Log.SessionSaved(logger, next.Id.Value, next.Channel.ToString(), next.Phase.ToString());
        }
        catch (SessionVersionConflictException)
        {
            Log.VersionConflict(logger, next.Id.Value, attempt);
            return (SaveResult.Conflict, []);
        }
        catch (AggregateVersionConflictException)
        {
            Log.AggregateVersionConflict(logger, next.Id.Value, attempt);
            return (SaveResult.Conflict, []);
        }
        catch (LiveSessionConflictException)
        {
            // Another instance made a session live in the channel after this one read it free: decided
            // again, the rules see that session (a start is refused, a booking due now waits for it).
            Log.LiveConflict(logger, channel.ToString(), next.Id.Value, attempt);
            return (SaveResult.Conflict, []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SaveFailed(logger, ex, next.Id.Value);
            return (SaveResult.Failed, []);
        }

        // The store returns the entries in the order given, with their ids.
        var ids = new Queue<OutboxEntry>(committed);
        var announced = new List<Announcement>(encoded.Count);
        foreach (var (entry, notice) in encoded)
        {
            announced.Add(new Announcement(entry is null ? null : ids.Dequeue(), notice));
        }

        return (SaveResult.Saved, announced);
    }

    /// <summary>
    /// A session that ended: its recap gets its top emoji and highlights from the stored reactions,
    /// read here, once, just before the save (the rules never see the reactions, so no command pays for
    /// them; a reaction committed meanwhile by another writer makes the save a version conflict, and it is decided again). If they cannot be read the recap still goes out, with its counts and without them.
    /// </summary>
    private async Task<Notice> CompleteRecapAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (notice is not SessionEnded ended)
        {
            return notice;
        }

        try
        {
            var reactions = await store.ListReactionsAsync(ended.Session.Id, cancellationToken);
            // A kicked person's reactions stay stored but are left out of the recap, as from the card.
            return ended with { Recap = ended.Recap.WithReactions([.. reactions.Where(r => !ended.Session.Kicked.Contains(r.By.Key))]) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReactionsUnreadable(logger, ex, ended.Session.Id.Value);
            return ended;
        }
    }

    private async Task ApplyEffectsAsync(ChannelAddress channel, Decision decision, IReadOnlyList<Announcement> announced, CancellationToken cancellationToken)
    {
        HashSet<SessionId>? failed = null;
        foreach (var sessionId in decision.Disarm)
        {
            if (!await TryTimerAsync(sessionId, () => timers.DisarmAsync(sessionId, cancellationToken)))
            {
                (failed ??= []).Add(sessionId);
            }
        }

        foreach (var timer in decision.Arm)
        {
            if (!await TryTimerAsync(timer.SessionId, () => timers.ArmAsync(timer, cancellationToken)))
            {
                (failed ??= []).Add(timer.SessionId);
            }
        }

        foreach (var sessionId in failed ?? [])
        {
            RetryTimersLater(sessionId);
        }

        await _relay.DeliverAsync(channel, [.. announced.Where(a => a.Entry is not null).Select(a => new CommittedNotice(a.Entry!, a.Notice))], cancellationToken);
        await router.PublishAsync(channel, [.. announced.Where(a => a.Entry is null).Select(a => a.Notice)], cancellationToken);

        // Only a committed decision gets here; a failure to record is logged by the recorder, never the command's.
        if (audit is not null && decision.Audit.Count > 0)
        {
            await audit.RecordAsync(decision.Audit, cancellationToken);
        }
    }

    /// <summary>Sends what start-up found committed and unsent, each channel under its gate.</summary>
    private async Task RelayPendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            Log.OutboxRelayed(logger, await _relay.RelayPendingAsync(c => _locks.AcquireAsync(c, cancellationToken), cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OutboxRelayFailed(logger, ex);
        }
    }

    /// <summary>Whether the timer write went through; a failure is logged and retried (<see cref="RetryTimersLater"/>).</summary>
    private async Task<bool> TryTimerAsync(SessionId sessionId, Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TimerFailed(logger, ex, sessionId.Value);
            return false;
        }
    }
}
