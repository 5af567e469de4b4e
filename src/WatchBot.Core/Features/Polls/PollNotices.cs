using WatchBot.Core.Features.Polls.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Polls;

// The poll's notices, one file on purpose: each says, once, what it shows. The poll has one message
// (its card, key poll:{id}), edited in place as nominations and votes come in.

/// <summary>A poll opened: its card is posted with a line saying how to take part (and what carried over).</summary>
public sealed record PollOpened(MoviePoll Poll, WatchSession Session) : Notice
{
    /// <summary>Opened with <c>carry:yes</c>: how many titles came from the last poll; null without it.</summary>
    public int? Carried { get; init; }

    public override ChannelView ToChannel() => new()
    {
        Announcements = [PollCard.OpenedLine(Poll, Session, Carried)],
        Card = PollCard.Of(Poll, Session),
    };
}

/// <summary>Nominations or votes changed: the card is redrawn.</summary>
public sealed record PollChanged(MoviePoll Poll, WatchSession Session) : Notice
{
    public override ChannelView ToChannel() => new() { Card = PollCard.Of(Poll, Session) };
}

/// <summary>The poll closed: its card shows the result, and the channel is told the winner.</summary>
/// <param name="Poll">The poll, closed.</param>
/// <param name="Session">Its session, retitled when someone won.</param>
/// <param name="Winner">Null when nobody voted.</param>
public sealed record PollClosed(MoviePoll Poll, WatchSession Session, Nomination? Winner) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Announcements = [PollCard.ClosedLine(Poll, Winner)],
        Card = PollCard.Of(Poll, Session),
    };
}

/// <summary>
/// The winner became the booking's title: its card, the GO arranged ahead (Slack) and its listing
/// (Discord's event, the calendar's entry through the revision) follow, as after a rename.
/// </summary>
public sealed record TitleFromPoll(WatchSession Session, string From) : Notice
{
    public override ChannelView ToChannel() => new()
    {
        Card = SessionCard.Of(Session),
        Ahead = Session is { Phase: SessionPhase.Scheduled, WaitingSince: null, ScheduledFor: { } at }
            ? new AnnouncementAhead(at, SessionAnnouncements.Go(Session, TimeSpan.Zero))
            : null,
        Listing = SessionListing.Of(Session),
    };
}

/// <summary>The poll as it stands, for the sender.</summary>
public sealed record PollShown(MoviePoll Poll, WatchSession Session) : Notice
{
    public override Reply ToReply() => new(PollCard.Of(Poll, Session).Lines);
}

/// <summary>The sender's nomination as it stands (<paramref name="Replaced"/>: the one it replaced).</summary>
public sealed record NominationNoted(MoviePoll Poll, WatchSession Session, Nomination Nomination, Nomination? Replaced, bool Unchanged) : Notice
{
    public override Reply ToReply() => PollReplies.Nominated(this);
}

/// <summary>The sender's vote as it stands (<paramref name="Changed"/>: it replaced their earlier vote).</summary>
public sealed record VoteNoted(MoviePoll Poll, WatchSession Session, Nomination Choice, bool Changed, bool Unchanged) : Notice
{
    public override Reply ToReply() => PollReplies.Voted(this);
}

/// <summary>A nomination removed by the host or a moderator (its votes freed).</summary>
public sealed record NominationRemoved(MoviePoll Poll, WatchSession Session, Nomination Removed) : Notice
{
    public override Reply ToReply() => new(ViewLine.Of($"🗑 Removed number {Removed.Number}, {new UserTextPart(Removed.Title, TextStyle.Strong)}, from the poll."));
}
