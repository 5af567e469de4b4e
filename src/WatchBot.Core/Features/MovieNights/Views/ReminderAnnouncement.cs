using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>
/// A reminder: when the booking starts, then the people going as mentions (<see cref="MentionPart"/>),
/// the only view that notifies anyone. More than <see cref="MaxMentionsPerMessage"/> people are
/// mentioned over several messages, so no message runs into a platform's limits (Discord: 100 allowed
/// users and 2,000 characters); everyone going is mentioned exactly once.
/// </summary>
public static class ReminderAnnouncement
{
    public const int MaxMentionsPerMessage = 50;

    public static IReadOnlyList<Announcement> Of(WatchSession session, IReadOnlyList<UserRef> notified)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(notified);
        if (notified.Count == 0)
        {
            return [];
        }

        var at = session.ScheduledFor ?? session.CreatedAt;
        var headline = ViewLine.Of($"⏰ Reminder: {RsvpReplies.Title(session)} starts {at:R} ({at:F}).");
        return [.. notified.Chunk(MaxMentionsPerMessage).Select((chunk, i) =>
            new Announcement(i == 0 ? [headline, Mentions(chunk)] : [Mentions(chunk)]))];
    }

    private static ViewLine Mentions(IEnumerable<UserRef> people)
    {
        var parts = new List<ViewPart>();
        foreach (var person in people)
        {
            if (parts.Count > 0)
            {
                parts.Add(new TextPart(" "));
            }

            parts.Add(new MentionPart(person));
        }

        return new ViewLine(parts);
    }
}
