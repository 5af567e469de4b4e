using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.ReadyChecks;

// The ready check's notices, one file on purpose: each record is a few lines.

/// <summary>
/// A ready check opened: a start held until enough are ready (<paramref name="By"/> started it), or a
/// booking asking people to get ready a few minutes before its start (<paramref name="By"/> null).
/// </summary>
public sealed record ReadyCheckOpened(WatchSession Session, UserRef? By) : Notice
{
    public override ChannelView ToChannel() => Session.ReadyCheck is not { } check
        ? new() { Card = SessionCard.Of(Session) }
        : new()
        {
            Announcements = [ReadyCheckView.Opened(Session, check)],
            Card = SessionCard.Of(Session),
            Listing = SessionListing.Of(Session),
        };
}

/// <summary>
/// A held start let go (enough ready, its deadline, or the host said go): the line saying why and
/// when to press play. The <see cref="CountdownStarted"/> after it redraws the card.
/// </summary>
public sealed record ReadyCheckReleased(WatchSession Session, ReadyRelease Why, ReadyTally Tally, DateTimeOffset Target, UserRef? By) : Notice
{
    public override ChannelView ToChannel() => new() { Announcements = [ReadyCheckView.Released(Session, Why, Tally, Target, By)] };
}
