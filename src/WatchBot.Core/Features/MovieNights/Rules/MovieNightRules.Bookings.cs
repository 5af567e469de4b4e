using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.MovieNights.Rules;

// Which booking an RSVP or an attendee list is about: the card's (a pressed button), the one named by
// title, else the channel's next booked session.
public static partial class MovieNightRules
{
    private static WatchSession? FindBooking(CommandContext context, SessionId? pressedOn, string? title)
    {
        IEnumerable<WatchSession> booked = context.Live is { ScheduledFor: not null } live ? [.. context.Upcoming, live] : context.Upcoming;
        if (pressedOn is { } id)
        {
            return booked.FirstOrDefault(s => s.Id == id);
        }

        if (title is not null)
        {
            var wanted = UserText.Clean(title);
            return booked.FirstOrDefault(s => string.Equals(s.Title, wanted, StringComparison.OrdinalIgnoreCase));
        }

        return context.Upcoming.Count > 0 ? context.Upcoming[0] : null;
    }

    private static Decision RefuseBooking(CommandContext context, SessionId? pressedOn, string? title, string example)
    {
        if (pressedOn is not null)
        {
            return Decision.Refuse("That booking has started or is over, so answers to it are closed.", "/watch status");
        }

        var titles = string.Join(", ", context.Upcoming.Take(5).Select(s => $"\"{s.Title}\""));
        if (title is null || context.Upcoming.Count == 0)
        {
            return Decision.Refuse("Nothing is booked in this channel yet.", "/watch schedule title:\"Alien\" at:\"in 2h\"");
        }

        return Decision.Refuse(
            $"No booking here is called \"{Excerpt.Of(title)}\". Booked here: {titles}.",
            $"{example} title:\"{context.Upcoming[0].Title.Replace('"', '\'')}\"");
    }
}
