using WatchBot.Core.Features.Breaks.Views;
using WatchBot.Core.Features.MovieNights.Views;
using WatchBot.Core.Text.Times;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// A session's card: the one message that shows where the session stands, edited in place. It is
/// built from the session alone (never from the notice that changed it), so two outcomes that leave
/// the session in the same state draw the same card, and a card rebuilt later from the store matches.
/// </summary>
public static class SessionCard
{
    /// <summary>The card's key: one card per session.</summary>
    public static string Key(SessionId id) => "session:" + id.Value;


    public static Card Of(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new Card(Key(session.Id), [Headline(session), Facts(session), .. ReadyCheckView.CardLines(session), .. BreakViews.CardLines(session)], Actions(session));
    }

    /// <summary>What the session is doing, in one line: what a terminal prints when nothing is announced.</summary>
    public static ViewLine Headline(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var title = SessionWords.Title(session);
        var clock = session.Clock;
        return session.Phase switch
        {
            SessionPhase.Scheduled when session.WaitingSince is not null =>
                ViewLine.Of($"⏳ {title} is due and starts as soon as the channel is free."),
            SessionPhase.Scheduled when session is { ScheduledFor: { } at, TimeZone: { } zone } =>
                ViewLine.Of($"📅 {title} is scheduled for {at:F} ({at:R}), booked as {LocalTimeText.Of(at, zone)} — say if you're going."),
            SessionPhase.Scheduled when session.ScheduledFor is { } at =>
                ViewLine.Of($"📅 {title} is scheduled for {at:F} ({at:R}) — say if you're going."),
            SessionPhase.Scheduled => ViewLine.Of($"📅 {title} is scheduled."),
            SessionPhase.CountingDown when session.CountdownTarget is { } target && session.StartedAt is not null =>
                ViewLine.Of($"⏳ {title} resumes from {clock.AnchorPosition} — press play at {target:T} ({target:R})."),
            SessionPhase.CountingDown when session.CountdownTarget is { } target =>
                ViewLine.Of($"⏳ {title} starts {target:R} — press play at {target:T}."),
            SessionPhase.CountingDown => ViewLine.Of($"⏳ {title} is counting down."),
            SessionPhase.Playing =>
                ViewLine.Of($"▶ {title} is playing — it was at {clock.AnchorPosition} {clock.AnchorInstant:R} ({clock.AnchorInstant:T})."),
            SessionPhase.Paused when session is { StartedAt: null, ReadyCheck: { } check } => ReadyCheckView.Headline(session, check),
            SessionPhase.Paused => ViewLine.Of($"⏸ {title} is paused at {clock.AnchorPosition}."),
            _ => session.EndReason switch
            {
                EndReason.Missed => ViewLine.Of($"✖ {title} was missed."),
                EndReason.ChannelBusy => ViewLine.Of($"✖ {title} could not start."),
                EndReason.Cancelled => ViewLine.Of($"✖ {title} was cancelled."),
                _ => ViewLine.Of($"■ {title} has ended."),
            },
        };
    }

    /// <summary>Host, who may drive, how many are ready, how many reactions.</summary>
    public static ViewLine Facts(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var ready = SessionWords.Count(session.ReadyUserIds.Count, "ready", "ready");
        var reactions = SessionWords.Count(session.Reactions.VisibleCount(session.Kicked), "reaction", "reactions");
        var locked = session.Locked ? " · 🔒 locked" : "";
        var control = session.ControlHasFallen
            ? new TextPart($"host and moderators (more than {session.ControlFallsAbove} watching)")
            : SessionWords.Policy(session.Policy);
        var line = ViewLine.Of($"Host {session.Host} · control: {control} · {ready} · {reactions}{locked}");
        IEnumerable<ViewPart> rated = session.Adult ? [new TextPart("🔞 18+ · ")] : [];
        return SessionWords.Merge([.. rated, .. line.Parts, .. RsvpCard.Counts(session)]);
    }

    /// <summary>
    /// Row 1: the controls the phase allows (Ready before and between playing, Pause while counting
    /// down or playing, Resume while paused, Joining late while live); rows 2–3: the six reactions while live. None once ended.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ViewAction>> Actions(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = session.Id;
        var controls = new List<ViewAction>();
        if (session.Phase is SessionPhase.Scheduled or SessionPhase.CountingDown or SessionPhase.Paused)
        {
            controls.Add(new ViewAction(SessionActions.Ready(id), "Ready", ActionStyle.Success, "✋"));
        }

        if (session.Phase is SessionPhase.CountingDown or SessionPhase.Playing)
        {
            controls.Add(new ViewAction(SessionActions.Pause(id), "Pause", ActionStyle.Secondary, "⏸"));
        }

        controls.AddRange(BreakViews.Actions(session));

        if (session.Phase == SessionPhase.Paused)
        {
            // A start held by its ready check: the host (or a moderator) may start it now.
            var label = session is { StartedAt: null, ReadyCheck: not null } ? "Start now" : "Resume";
            controls.Add(new ViewAction(SessionActions.Resume(id), label, ActionStyle.Primary, "▶"));
        }

        // Late-join: a private countdown for whoever presses it (LateJoin), while there is a film to join.
        if (session.Phase.IsLive())
        {
            controls.Add(new ViewAction(Grammar.CardActions.Id("join", id), "Joining late", ActionStyle.Secondary, "🕒"));
        }

        if (controls.Count == 0)
        {
            return [];
        }

        if (!session.Phase.IsLive())
        {
            return RsvpCard.Actions(session) is { Count: > 0 } rsvp ? [controls, rsvp] : [controls];
        }

        var reactions = SessionActions.Reactions.Select((emoji, i) => new ViewAction(SessionActions.React(i, id), null, ActionStyle.Secondary, emoji)).ToList();
        return [controls, reactions[..3], reactions[3..]];
    }
}
