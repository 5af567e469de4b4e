using WatchBot.Core.Features.Breaks.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Breaks;

// The break feature's notices, one file like the session's: each says here what it shows.

/// <summary>Someone asked for a break: the card's break line (one line, edited in place) counts them.</summary>
public sealed record BreakAsked(WatchSession Session, UserRef By) : Notice
{
    // The asker's own answer is the decision's BreakAskNoted; this says what the channel shows.
    public override ChannelView ToChannel() => new() { Card = SessionCard.Of(Session) };
}

/// <summary>
/// A break began: approved by <paramref name="ApprovedBy"/>, or by itself (null) when enough people
/// asked within the window. <paramref name="AskedBy"/> are the open asks it answered.
/// </summary>
public sealed record BreakStarted(WatchSession Session, TimeSpan Position, UserRef? ApprovedBy, IReadOnlyList<UserRef> AskedBy) : Notice
{
    public override ChannelView ToChannel() => new() { Announcements = [BreakViews.Started(this)], Card = SessionCard.Of(Session) };
}

/// <summary>The asker's quiet acknowledgement: counted, and who can approve.</summary>
public sealed record BreakAskNoted(WatchSession Session) : Notice
{
    public override Reply ToReply() => BreakReplies.Noted(Session);
}

/// <summary>The sender's ask is still open: one at a time.</summary>
public sealed record BreakAlreadyAsked(WatchSession Session, DateTimeOffset AskedAt) : Notice
{
    public override Reply ToReply() => BreakReplies.AlreadyAsked(this);
}

/// <summary>The sender asked less than the cooldown ago: they may ask again at <paramref name="NextAt"/>.</summary>
public sealed record BreakAskTooSoon(DateTimeOffset NextAt, TimeSpan Cooldown) : Notice
{
    public override Reply ToReply() => BreakReplies.TooSoon(this);
}
