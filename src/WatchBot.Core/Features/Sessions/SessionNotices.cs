using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions;

// The session feature's notices, one file on purpose: each record is a few lines, and each says
// here, once, what it shows (its views, built in Views/).

/// <summary>A countdown is running: everyone presses play at <paramref name="Target"/>.</summary>
public sealed record CountdownStarted(WatchSession Session, DateTimeOffset Target, TimeSpan FromPosition, UserRef? By, bool IsResume) : Notice
{
    public override ChannelView ToChannel() => new() { Card = SessionCard.Of(Session), Listing = IsResume ? null : SessionListing.Of(Session) };
}

/// <summary>GO: the countdown reached its instant; the media clock runs from <paramref name="Position"/>.</summary>
public sealed record PlaybackStarted(WatchSession Session, TimeSpan Position) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [SessionAnnouncements.Go(Session, Position)],
        Card = SessionCard.Of(Session),
        Listing = SessionListing.Of(Session),
    };
}

public sealed record PlaybackPaused(WatchSession Session, TimeSpan Position, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new() { Announcements = [SessionAnnouncements.Paused(Position, By)], Card = SessionCard.Of(Session) };
}

/// <summary>The position moved. <see cref="Requested"/> is set when the wanted position lay outside the media and was clamped.</summary>
public sealed record PlaybackSeeked(WatchSession Session, TimeSpan From, TimeSpan To, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [SessionAnnouncements.Seeked(Session, From, To, Requested, By)],
        Card = SessionCard.Of(Session),
    };

    /// <summary>The position asked for, when it was before 0:00:00 or past the runtime; null when <see cref="To"/> is what was asked.</summary>
    public TimeSpan? Requested { get; init; }
}

public sealed record ReactionAdded(WatchSession Session, Reaction Reaction) : Notice
{
    // The card's reaction count is not edited for each reaction: the batched lines say enough, and
    // the next change of state redraws the card with the count.
    public override ChannelView ToChannel() => new() { Announcements = [SessionAnnouncements.Reaction(Reaction)] };
}

public sealed record ReadyMarked(WatchSession Session, UserRef By, int ReadyCount) : Notice
{
    public override ChannelView ToChannel() => new() { Card = SessionCard.Of(Session) };
}

public sealed record SessionScheduled(WatchSession Session, DateTimeOffset At, UserRef By) : Notice
{
    /// <summary>What everyone must know about how the time was read (which of two 02:30s); null when nothing.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The card (the time as understood, local and the platform's), the GO arranged ahead for the booked
    /// instant (a platform that can post it by itself on time does), and the note, when there is one.
    /// </summary>
    public override ChannelView ToChannel() => new()
    {
        Announcements = Note is { } note ? [SessionAnnouncements.BookedWithNote(Session, At, note)] : [],
        Card = SessionCard.Of(Session),
        Ahead = new AnnouncementAhead(At, SessionAnnouncements.Go(Session, TimeSpan.Zero)),
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>A start that passed while the bot was down, caught up: "started N min ago — now at H:MM:SS".</summary>
public sealed record LateStart(WatchSession Session, TimeSpan Late, TimeSpan Position) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [SessionAnnouncements.LateStart(Session, Late, Position)],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>A start that passed while the bot was down, too long ago to join.</summary>
public sealed record SessionMissed(WatchSession Session, DateTimeOffset ScheduledFor) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [SessionAnnouncements.Missed(Session, ScheduledFor)],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>
/// A scheduled start found another session live in the channel: it waits, and starts its countdown
/// when the channel is free, or is given up at <paramref name="GiveUpAt"/>.
/// </summary>
public sealed record ScheduledStartWaiting(WatchSession Session, WatchSession Blocking, DateTimeOffset GiveUpAt) : Notice
{
    // Waiting moves the GO to whenever the channel frees: one arranged for the booked instant would come too early.
    public override ChannelView ToChannel() => new()
    {
        Announcements = [SessionAnnouncements.Waiting(Session, Blocking, GiveUpAt)],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
    };
}

/// <summary>A scheduled start that waited for another session in the channel past the grace period; given up.</summary>
public sealed record ScheduledStartBlocked(WatchSession Session, WatchSession Blocking) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [SessionAnnouncements.Blocked(Session, Blocking)],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
        Listing = SessionListing.Of(Session),
    };
}

public sealed record SessionEnded(WatchSession Session, Recap Recap, UserRef? By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [RecapView.Of(Session, Recap, By) with { Picture = Recap.Chart is { } chart ? chart with { FileName = $"{Session.Id}.png" } : null }],
        Card = SessionCard.Of(Session),
        Withdraw = [SessionAnnouncements.GoKey(Session.Id)],
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>Where things stand in the channel, for the one who asked.</summary>
public sealed record StatusReport(WatchSession? Live, TimeSpan? Position, IReadOnlyList<WatchSession> Upcoming, DateTimeOffset Now) : Notice
{
    public override Reply ToReply() => StatusView.Of(this);
}

/// <summary>The command changed nothing because it already holds (pause while paused): the current state.</summary>
public sealed record AlreadySo(WatchSession Session, TimeSpan Position, string What) : Notice
{
    public override Reply ToReply() => SessionReplies.AlreadySo(this);
}

/// <summary>A reaction was recorded: the quiet acknowledgement to the one who reacted.</summary>
public sealed record ReactionNoted(Reaction Reaction) : Notice
{
    public override Reply ToReply() => SessionReplies.ReactionNoted(Reaction);
}

/// <summary>
/// A reaction too soon after the sender's last one: not kept, not shown. <paramref name="Wait"/> is
/// whole seconds, rounded up, until <paramref name="NextAt"/>; <paramref name="Interval"/> is the limit.
/// </summary>
public sealed record ReactionTooSoon(TimeSpan Wait, DateTimeOffset NextAt, TimeSpan Interval) : Notice
{
    public override Reply ToReply() => SessionReplies.ReactionTooSoon(this);
}

/// <summary>A session got a new title: said in the channel, its card redrawn, and a GO arranged ahead re-arranged with the new title.</summary>
public sealed record SessionRenamed(WatchSession Session, string From, UserRef By) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [new Announcement(ViewLine.Of($"✎ {By} renamed {new UserTextPart(From, TextStyle.Strong)} to {SessionWords.Title(Session)}."))],
        Card = SessionCard.Of(Session),
        Ahead = Session is { Phase: SessionPhase.Scheduled, WaitingSince: null, ScheduledFor: { } at }
            ? new AnnouncementAhead(at, SessionAnnouncements.Go(Session, TimeSpan.Zero))
            : null,
        Listing = SessionListing.Of(Session),
    };
}
