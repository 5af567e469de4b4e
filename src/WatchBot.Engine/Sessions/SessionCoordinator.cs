using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Rules;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// Runs commands and timers against sessions: under the channel's gate it loads, lets the pure rules
/// decide, commits the session with the announcements it causes (one transaction, into the outbox),
/// and only then arms timers and hands the announcements to the relay. A command is answered after
/// its effect is committed; a failure to save changes nothing and says so politely. A commit refused
/// because another writer saved the session first is decided again on the fresh state.
/// </summary>
public sealed partial class SessionCoordinator(
    ISessionStore store,
    ITimers timers,
    NoticeRouter router,
    TimeProvider time,
    IOptions<SessionRulesOptions> options,
    ILogger<SessionCoordinator> logger,
    IOptions<DiagnosticsOptions>? diagnostics = null,
    ISpaceSettingsStore? spaces = null,
    ISeriesStore? series = null,
    IReminderOptOuts? reminderOptOuts = null,
    AuditRecorder? audit = null,
    IEnumerable<IChannelFacts>? channelFacts = null,
    IPollStore? polls = null,
    IOutboxLeases? outboxLeases = null,
    FleetInstance? instance = null,
    IOptions<OutboxOptions>? outbox = null) : ITimerHandler
{
    private static readonly Refused SaveFailedReply =
        new("Something went wrong on my side and nothing was changed. Please try again in a moment.", null);

    private static readonly Refused ConflictReply =
        new("Someone else changed this session at the same moment, so your command changed nothing. Please try it again.", null);

    /// <summary>Whether <paramref name="reply"/> says our side failed (for the commands counter).</summary>
    internal static bool IsFailureReply(Notice? reply) => SaveFailedReply.Equals(reply) || ConflictReply.Equals(reply);

    /// <summary>Decisions taken again after a version conflict before giving up.</summary>
    private const int MaxAttempts = 3;

    private readonly ChannelLocks _locks = new();
    private readonly ISpaceSettingsStore _spaces = spaces ?? new NoSpaceSettings();
    private readonly ISeriesStore _series = series ?? new NoSeries();
    private readonly IPollStore _polls = polls ?? new NoPolls();
    private readonly IReminderOptOuts _reminderOptOuts = reminderOptOuts ?? new NoReminderOptOuts();
    private readonly ChannelAgeCheck _ageCheck = new(channelFacts);
    private readonly OutboxRelay _relay = new(
        store, router, time, options.Value, logger, diagnostics?.Value,
        outboxLeases is null ? null : new OutboxFleet(outboxLeases, instance ?? FleetInstance.Generate(), outbox?.Value ?? new OutboxOptions()));

    /// <summary>Parses typed text (<c>/watch …</c>) and handles it.</summary>
    public Task<CommandOutcome> HandleTextAsync(ChannelAddress channel, Actor actor, string text, CancellationToken cancellationToken)
    {
        var parsed = CommandParser.Parse(text);
        return parsed.IsSuccess
            ? HandleAsync(channel, actor, parsed.Command, cancellationToken)
            : Task.FromResult(new CommandOutcome(new InvalidInput(parsed.Error), []));
    }

    /// <summary>
    /// Handles one command from <paramref name="actor"/> in <paramref name="channel"/>; <paramref name="channelAgeRestricted"/>
    /// is what the payload said about the channel being age-restricted, if it said it reliably;
    /// <paramref name="committed"/> is told the outcome once it is durable, before the effects (<see cref="Commands.CommandRequest.Committed"/>).
    /// </summary>
    public async Task<CommandOutcome> HandleAsync(
        ChannelAddress channel, Actor actor, WatchCommand command, CancellationToken cancellationToken, bool? channelAgeRestricted = null, Action<CommandOutcome>? committed = null)
    {
        var (outcome, freed) = await DecideAsync(channel, actor, command, channelAgeRestricted, committed, cancellationToken);
        if (freed)
        {
            await WakeWaitingAsync(channel, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Sessions' timers come here (the session feature's timer handler).</summary>
    public string AggregateKind => SessionId.AggregateKind;

    /// <summary>A session timer fired, as the scheduler stores it; one whose kind no session knows is ignored.</summary>
    public Task OnTimerAsync(AggregateTimer timer, CancellationToken cancellationToken)
    {
        if (SessionTimer.TryFrom(timer, out var sessionTimer))
        {
            return OnTimerAsync(sessionTimer, cancellationToken);
        }

        Log.TimerForUnknownSession(logger, timer.Kind, timer.Aggregate.Id);
        return Task.CompletedTask;
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

        if (timer.Kind == TimerKind.PollClose)
        {
            await OnPollCloseAsync(known, timer, cancellationToken);
            return;
        }

        if (timer.Kind == TimerKind.Reminder)
        {
            await OnReminderAsync(known, timer, cancellationToken);
            return;
        }

        await WithFreshSessionAsync(known, (session, live, now) => SessionRules.OnTimer(session, timer, live, now, options.Value), cancellationToken);
    }

    /// <summary>
    /// A reminder: the pure rule needs who turned reminders off in the session's space, read here,
    /// before the gate. If they cannot be read, no reminder goes out rather than one that could
    /// mention someone who asked not to be.
    /// </summary>
    private async Task OnReminderAsync(WatchSession known, SessionTimer timer, CancellationToken cancellationToken)
    {
        var channel = known.Channel;
        HashSet<UserKey> optedOut;
        try
        {
            var ids = await _reminderOptOuts.ListAsync(channel.Platform, channel.SpaceId, cancellationToken);
            optedOut = [.. ids.Select(id => new UserKey(channel.Platform, id))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReminderOptOutsUnreadable(logger, ex, channel.Platform, channel.SpaceId, known.Id.Value);
            return;
        }

        await WithFreshSessionAsync(known, (session, _, now) => ReminderRules.OnTimer(session, timer, optedOut, now), cancellationToken);
    }

    /// <returns>The outcome, and whether it ended the channel's live session (freeing the channel).</returns>
    private async Task<(CommandOutcome Outcome, bool Freed)> DecideAsync(
        ChannelAddress channel, Actor actor, WatchCommand command, bool? channelAgeRestricted, Action<CommandOutcome>? committed, CancellationToken cancellationToken)
    {
        using var gate = await _locks.AcquireAsync(channel, cancellationToken);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            WatchSession? live;
            IReadOnlyList<WatchSession> upcoming;
            SpaceSettings space;
            IReadOnlyList<MovieSeries> channelSeries;
            IReadOnlyList<MoviePoll> channelPolls;
            var ageRestricted = false;
            try
            {
                // The reads are not one snapshot, and a commit is refused only if an aggregate it writes
                // moved since it was read: each guard is read before what it guards. Every occurrence
                // booked moves its series, so the series come before the sessions (read after them, a
                // booking another instance committed in between could be missing from the sessions
                // and counted by the series, and the next occurrence booked on top: issue 13,
                // SeriesRaceContract). Every poll change saves its session, so polls come after them.
                channelSeries = await _series.ListActiveAsync(channel, cancellationToken);
                live = await store.FindLiveAsync(channel, cancellationToken);
                upcoming = await store.ListScheduledAsync(channel, cancellationToken);
                space = await _spaces.GetAsync(channel.Platform, channel.SpaceId, cancellationToken);
                channelPolls = await _polls.ListOpenAsync(channel, cancellationToken);

                // carry:yes starts from the last closed poll: read only when asked for.
                if (command is PollCommand { Verb: PollVerb.Open, Carry: true } && await _polls.LastClosedAsync(channel, cancellationToken) is { } closed)
                {
                    channelPolls = [.. channelPolls, closed];
                }

                // Only a rated title needs to know (on Discord it may cost a REST call).
                if (command is IRatedCommand { Adult: true })
                {
                    ageRestricted = await _ageCheck.IsAgeRestrictedAsync(channel, channelAgeRestricted, space, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.LoadFailed(logger, ex, channel.ToString());
                return (new CommandOutcome(SaveFailedReply, []), false);
            }

            var context = new CommandContext(channel, actor, Now(), live, upcoming, SessionId.New(), options.Value)
            {
                Space = space,
                Series = channelSeries,
                Polls = channelPolls,
                ChannelAgeRestricted = ageRestricted,
            };
            var decision = ChannelRules.Decide(context, command);
            var (saved, announced) = await CommitAsync(channel, decision, attempt, cancellationToken);
            switch (saved)
            {
                case SaveResult.Conflict:
                    continue;
                case SaveResult.Failed:
                    return (new CommandOutcome(SaveFailedReply, []), false);
            }

            // Durable now: an edge in a hurry answers with this while timers and the relay follow.
            var outcome = new CommandOutcome(decision.Reply, [.. announced.Select(a => a.Notice)]);
            committed?.Invoke(outcome);
            await ApplyEffectsAsync(channel, decision, announced, cancellationToken);
            return (outcome, Frees(live, decision));
        }

        return (new CommandOutcome(ConflictReply, []), false);
    }

    /// <summary>
    /// Start-up: announcements committed but not sent before the process stopped go out first (a GO
    /// that became late says "started N ago"); then every unfinished session is brought up to now,
    /// live ones first so that a scheduled start can see whether its channel is busy.
    /// </summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await RelayPendingAsync(cancellationToken);
        var unfinished = await store.ListUnfinishedAsync(cancellationToken);
        var ordered = unfinished
            .OrderBy(s => s.Phase == SessionPhase.Scheduled)
            .ThenBy(s => s.ScheduledFor ?? s.CreatedAt);

        foreach (var session in ordered)
        {
            try
            {
                await WithFreshSessionAsync(
                    session,
                    (fresh, live, now) => ReminderRules.WithRecovery(SessionRules.Recover(fresh, live, now, options.Value), fresh, now),
                    cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.RecoveryFailed(logger, ex, session.Id.Value);
            }
        }

        Log.Recovered(logger, unfinished.Count);
    }

    private Task WithFreshSessionAsync(
        WatchSession known,
        Func<WatchSession, WatchSession?, DateTimeOffset, Decision> decide,
        CancellationToken cancellationToken) =>
        WithFreshSessionAsync(known, (session, live, now, _) => Task.FromResult(decide(session, live, now)), cancellationToken);

    /// <summary>
    /// Decides on the session read again under the channel's gate; <paramref name="decide"/> may read
    /// what else it needs there too (a poll), so a retry after a version conflict sees it fresh.
    /// </summary>
    private async Task WithFreshSessionAsync(
        WatchSession known,
        Func<WatchSession, WatchSession?, DateTimeOffset, CancellationToken, Task<Decision>> decide,
        CancellationToken cancellationToken)
    {
        var freed = false;
        using (await _locks.AcquireAsync(known.Channel, cancellationToken))
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                // Re-read under the gate: a command (or another writer) may have changed the session since it was first loaded.
                var session = await store.GetAsync(known.Id, cancellationToken) ?? known;
                var live = await store.FindLiveAsync(session.Channel, cancellationToken);
                var decision = await decide(session, live, Now(), cancellationToken);
                var (saved, announced) = await CommitAsync(session.Channel, decision, attempt, cancellationToken);
                if (saved == SaveResult.Conflict)
                {
                    continue;
                }

                if (saved == SaveResult.Saved)
                {
                    await ApplyEffectsAsync(session.Channel, decision, announced, cancellationToken);
                    freed = Frees(live, decision);
                }

                break;
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
}
