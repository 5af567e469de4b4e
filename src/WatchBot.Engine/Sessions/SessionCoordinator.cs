using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// Runs commands and timers against sessions: under the channel's gate it loads, lets the pure rules
/// decide, saves, and only then arms timers and announces. A command is answered after its effect
/// is committed; a failure to save changes nothing and says so politely.
/// </summary>
public sealed class SessionCoordinator(
    ISessionStore store,
    ISessionTimers timers,
    NoticeRouter router,
    TimeProvider time,
    IOptions<SessionRulesOptions> options,
    ILogger<SessionCoordinator> logger) : ISessionTimerHandler
{
    private static readonly Refused SaveFailedReply =
        new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    private readonly ChannelLocks _locks = new();

    /// <summary>Parses typed text (<c>/watch …</c>) and handles it.</summary>
    public Task<CommandOutcome> HandleTextAsync(ChannelAddress channel, Actor actor, string text, CancellationToken cancellationToken)
    {
        var parsed = CommandParser.Parse(text);
        return parsed.IsSuccess
            ? HandleAsync(channel, actor, parsed.Command, cancellationToken)
            : Task.FromResult(new CommandOutcome(new InvalidInput(parsed.Error), []));
    }

    /// <summary>Handles one command from <paramref name="actor"/> in <paramref name="channel"/>.</summary>
    public async Task<CommandOutcome> HandleAsync(ChannelAddress channel, Actor actor, WatchCommand command, CancellationToken cancellationToken)
    {
        var (outcome, freed) = await DecideAsync(channel, actor, command, cancellationToken);
        if (freed)
        {
            await WakeWaitingAsync(channel, cancellationToken);
        }

        return outcome;
    }

    /// <summary>A timer fired. Safe to call twice: the rules act only on the state the timer was armed for.</summary>
    public async Task OnTimerAsync(SessionTimer timer, CancellationToken cancellationToken)
    {
        var known = await store.GetAsync(timer.SessionId, cancellationToken);
        if (known is null)
        {
            Log.TimerForUnknownSession(logger, timer.Kind.ToString(), timer.SessionId.Value);
            return;
        }

        await WithFreshSessionAsync(known, (session, live, now) => SessionRules.OnTimer(session, timer, live, now, options.Value), cancellationToken);
    }

    /// <returns>The outcome, and whether it ended the channel's live session (freeing the channel).</returns>
    private async Task<(CommandOutcome Outcome, bool Freed)> DecideAsync(ChannelAddress channel, Actor actor, WatchCommand command, CancellationToken cancellationToken)
    {
        using var gate = await _locks.AcquireAsync(channel, cancellationToken);
        WatchSession? live;
        IReadOnlyList<WatchSession> upcoming;
        try
        {
            live = await store.FindLiveAsync(channel, cancellationToken);
            upcoming = await store.ListScheduledAsync(channel, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LoadFailed(logger, ex, channel.ToString());
            return (new CommandOutcome(SaveFailedReply, []), false);
        }

        var context = new CommandContext(channel, actor, Now(), live, upcoming, SessionId.New(), options.Value);
        var decision = SessionRules.Decide(context, command);
        if (!await TrySaveAsync(decision, cancellationToken))
        {
            return (new CommandOutcome(SaveFailedReply, []), false);
        }

        decision = await CompleteRecapsAsync(decision, cancellationToken);
        await ApplyEffectsAsync(channel, decision, cancellationToken);
        return (new CommandOutcome(decision.Reply, decision.ToChannel), Frees(live, decision));
    }

    /// <summary>
    /// Start-up: every unfinished session is brought up to now, live ones first so that a scheduled
    /// start can see whether its channel is busy.
    /// </summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var unfinished = await store.ListUnfinishedAsync(cancellationToken);
        var ordered = unfinished
            .OrderBy(s => s.Phase == SessionPhase.Scheduled)
            .ThenBy(s => s.ScheduledFor ?? s.CreatedAt);

        foreach (var session in ordered)
        {
            try
            {
                await WithFreshSessionAsync(session, (fresh, live, now) => SessionRules.Recover(fresh, live, now, options.Value), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.RecoveryFailed(logger, ex, session.Id.Value);
            }
        }

        Log.Recovered(logger, unfinished.Count);
    }

    private async Task WithFreshSessionAsync(
        WatchSession known,
        Func<WatchSession, WatchSession?, DateTimeOffset, Decision> decide,
        CancellationToken cancellationToken)
    {
        var freed = false;
        using (await _locks.AcquireAsync(known.Channel, cancellationToken))
        {
            // Re-read under the gate: a command may have changed the session since it was first loaded.
            var session = await store.GetAsync(known.Id, cancellationToken) ?? known;
            var live = await store.FindLiveAsync(session.Channel, cancellationToken);
            var decision = decide(session, live, Now());
            if (await TrySaveAsync(decision, cancellationToken))
            {
                decision = await CompleteRecapsAsync(decision, cancellationToken);
                await ApplyEffectsAsync(session.Channel, decision, cancellationToken);
                freed = Frees(live, decision);
            }
        }

        if (freed)
        {
            await WakeWaitingAsync(known.Channel, cancellationToken);
        }
    }

    /// <summary>
    /// The channel's live session ended: a booked session that waited for it starts its countdown now.
    /// Run after the gate is released, as a decision of its own. If the process dies first, start-up
    /// recovery starts it (a waiting session is due), and its deadline timer is armed meanwhile.
    /// </summary>
    private async Task WakeWaitingAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        try
        {
            var upcoming = await store.ListScheduledAsync(channel, cancellationToken);
            if (SessionRules.NextWaiting(upcoming) is { } waiting)
            {
                await WithFreshSessionAsync(waiting, (fresh, live, now) => SessionRules.OnChannelFreed(fresh, live, now, options.Value), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.WakeFailed(logger, ex, channel.ToString());
        }
    }

    private static bool Frees(WatchSession? liveBefore, Decision decision) =>
        liveBefore is not null && decision.Next is { Phase: SessionPhase.Ended } ended && ended.Id == liveBefore.Id;

    /// <summary>
    /// Now, to the whole millisecond: instants the rules fix (countdown targets, scheduled starts)
    /// are stored in milliseconds and compared for equality when a timer fires, so they must not
    /// carry a finer part that the store would drop.
    /// </summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private async Task<bool> TrySaveAsync(Decision decision, CancellationToken cancellationToken)
    {
        if (decision.Next is not { } next)
        {
            return true;
        }

        try
        {
            await store.SaveAsync(next, decision.NewReactions, cancellationToken);
            Log.SessionSaved(logger, next.Id.Value, next.Channel.ToString(), next.Phase.ToString());
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SaveFailed(logger, ex, next.Id.Value);
            return false;
        }
    }

    /// <summary>
    /// A session that ended: its recap gets its top emoji and highlights from the stored reactions,
    /// read here, once, after the save (the rules never see the reactions, so no command pays for
    /// them). If they cannot be read the recap still goes out, with its counts and without them.
    /// </summary>
    private async Task<Decision> CompleteRecapsAsync(Decision decision, CancellationToken cancellationToken)
    {
        if (!decision.ToChannel.Any(n => n is SessionEnded))
        {
            return decision;
        }

        var notices = new List<Notice>(decision.ToChannel.Count);
        foreach (var notice in decision.ToChannel)
        {
            notices.Add(notice is SessionEnded ended ? await CompleteAsync(ended) : notice);
        }

        return decision with { ToChannel = notices };

        async Task<Notice> CompleteAsync(SessionEnded ended)
        {
            try
            {
                var reactions = await store.ListReactionsAsync(ended.Session.Id, cancellationToken);
                return ended with { Recap = ended.Recap.WithReactions(reactions) };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ReactionsUnreadable(logger, ex, ended.Session.Id.Value);
                return ended;
            }
        }
    }

    private async Task ApplyEffectsAsync(ChannelAddress channel, Decision decision, CancellationToken cancellationToken)
    {
        foreach (var sessionId in decision.Disarm)
        {
            await TryTimerAsync(sessionId, () => timers.DisarmAsync(sessionId, cancellationToken));
        }

        foreach (var timer in decision.Arm)
        {
            await TryTimerAsync(timer.SessionId, () => timers.ArmAsync(timer, cancellationToken));
        }

        await router.PublishAsync(channel, decision.ToChannel, cancellationToken);
    }

    private async Task TryTimerAsync(SessionId sessionId, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TimerFailed(logger, ex, sessionId.Value);
        }
    }
}
