using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Calendar.Views;

/// <summary>
/// The answers to <c>/watch calendar</c>. The address is a link part: every platform draws it whole
/// (no markup touches the secret's <c>-</c> and <c>_</c>, no link in it is defused), so it copies as issued.
/// </summary>
public static class CalendarReplies
{
    public static Reply Issued(CalendarFeedIssued issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var address = new LinkPart(new Uri(issued.Url, UriKind.Absolute));
        return new Reply(
        [
            issued.Replaced
                ? ViewLine.Of($"📅 New calendar feed for this space (the old address no longer works): {address}")
                : ViewLine.Of($"📅 Calendar feed for this space: {address}"),
            ViewLine.Of($"Subscribe to it in any calendar app (\"add calendar from URL\"): it lists the booked sessions and movie nights, titles and times only."),
            ViewLine.Of($"Keep it private: anyone with it can read those. I keep only a fingerprint of it, so this is the one time I show it; {new TextPart("/watch calendar reset", TextStyle.Code)} issues a new one."),
        ]);
    }

    public static Reply Exists(CalendarFeedExists exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        return new Reply(
        [
            ViewLine.Of($"📅 This space has a calendar feed since {new InstantPart(exists.Since, InstantStyle.DateTime)}. I keep only a fingerprint of its address, so I can't show it again."),
            ViewLine.Of($"{new TextPart("/watch calendar reset", TextStyle.Code)} issues a new address; the old one stops working, so whoever subscribed must subscribe again."),
        ]);
    }
}
