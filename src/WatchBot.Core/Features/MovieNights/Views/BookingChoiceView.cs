using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>Several bookings share the title typed: which is which, and how to name one exactly.</summary>
public static class BookingChoiceView
{
    public static Reply Of(BookingAmbiguous ambiguous)
    {
        ArgumentNullException.ThrowIfNull(ambiguous);
        var title = ambiguous.Matches[0].Title;
        var lines = new List<ViewLine> { ViewLine.Of($"{ambiguous.Matches.Count} bookings here are called {new UserTextPart(title, TextStyle.Strong)}; say which with #:") };
        for (var i = 0; i < ambiguous.Matches.Count; i++)
        {
            var booking = ambiguous.Matches[i];
            var at = booking.ScheduledFor ?? booking.CreatedAt;
            lines.Add(ViewLine.Of($"#{i + 1}: {SessionWords.Title(booking)} {at:F} ({at:R})"));
        }

        lines.Add(ViewLine.Of($"For example: /watch {ambiguous.Verb} title:\"{title} #2\""));
        return new Reply(lines);
    }
}
