using System.Collections.Immutable;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Testing.Hostile;

/// <summary>
/// Every kind of notice, with hostile text in every place a notice carries text: the title, the
/// names of the host and of whoever acted, reaction emoji and notes, reasons, error messages and
/// examples (which echo what was typed), help lines. What a renderer makes of these must pass
/// <see cref="OutboundText"/>.
/// </summary>
public static class HostileNotices
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    /// <summary>The notices, for a title, a display name and any other text someone typed.</summary>
    public static IReadOnlyList<Notice> All(string title, string name, string typed)
    {
        var by = new UserRef("test", "U1", name);
        var reaction = new Reaction(1, typed, typed, TimeSpan.FromSeconds(62), by, Now);
        var counting = new WatchSession
        {
            Id = new SessionId("abc123def456"),
            Channel = new ChannelAddress("test", "T1", "C1"),
            Title = title,
            Host = by,
            Phase = SessionPhase.CountingDown,
            Clock = MediaClock.Stopped(Now, TimeSpan.FromHours(2)),
            CreatedAt = Now,
            CountdownTarget = Now.AddSeconds(10),
            Participants = ImmutableList.Create(by),
            Reactions = ReactionSummary.None.With(reaction),
        };
        var playing = counting with { Phase = SessionPhase.Playing, StartedAt = Now, Clock = counting.Clock.RunningFrom(TimeSpan.Zero, Now) };
        var paused = playing with { Phase = SessionPhase.Paused, Clock = playing.Clock.PausedAt(Now.AddMinutes(1)) };
        var scheduled = counting with { Phase = SessionPhase.Scheduled, ScheduledFor = Now.AddHours(2), CountdownTarget = null };
        var other = scheduled with { Id = new SessionId("0123456789ab"), Title = typed };
        var ended = playing with { Phase = SessionPhase.Ended, EndedAt = Now.AddMinutes(5), EndReason = EndReason.EndedByUser };
        var booked = scheduled with { Seats = 1, Rsvps = [new Rsvp(by, RsvpAnswer.Going, Now), new Rsvp(by with { Key = new UserKey("test", "U2") }, RsvpAnswer.Maybe, Now)] };
        return
        [
            new CountdownStarted(counting, Now.AddSeconds(10), TimeSpan.Zero, by, false),
            new CountdownStarted(paused with { Phase = SessionPhase.CountingDown }, Now.AddSeconds(3), TimeSpan.FromMinutes(1), by, true),
            new PlaybackStarted(playing, TimeSpan.Zero),
            new PlaybackPaused(paused, TimeSpan.FromMinutes(1), by),
            new PlaybackSeeked(playing, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), by),
            new ReactionAdded(playing, reaction),
            new ReadyMarked(scheduled, by, 1),
            new ReadyMarked(counting, by, 1),
            new ReadyCheckOpened(counting with { Phase = SessionPhase.Paused, CountdownTarget = null, ReadyCheck = new ReadyCheck(2, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10)) { OpenedAt = Now, Deadline = Now.AddMinutes(5) } }, by),
            new ReadyCheckReleased(counting, ReadyRelease.Deadline, new ReadyTally(0, 2, [by]), Now.AddSeconds(10), null),
            new SessionScheduled(scheduled, Now.AddHours(2), by),
            new LateStart(playing, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3)),
            new SessionMissed(scheduled, Now.AddHours(-1)),
            new ScheduledStartBlocked(scheduled, other),
            new SessionEnded(ended, Recap.Of(playing, Now.AddMinutes(5)).WithReactions([reaction]), by),
            new SessionEnded(ended, Recap.Of(playing, Now.AddMinutes(5)).WithReactions([reaction]), null),
            new StatusReport(playing, TimeSpan.FromMinutes(1), [scheduled, other], Now),
            new StatusReport(counting, TimeSpan.Zero, [], Now),
            new StatusReport(null, null, [other], Now),
            new AlreadySo(paused, TimeSpan.FromMinutes(1), typed),
            new ReactionNoted(reaction),
            new Refused(typed, typed),
            new Refused(typed, null),
            new InvalidInput(new CommandError(typed, typed)),
            new HelpText([typed, title]),
            new RsvpChanged(booked, by, RsvpAnswer.NotGoing, [by]),
            new RsvpNoted(booked, by.Key, RsvpAnswer.Going, Unchanged: true),
            new AttendeesListed(booked),
        ];
    }
}
