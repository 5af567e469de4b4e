using System.Globalization;
using System.Text.RegularExpressions;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.MovieNights.Rules;

// Which booking or series a command means: the next one, or the one named by title (any case). Two
// bookings with one title are told apart by their place in time: "Alien #2" is the second booked
// "Alien"; a bare "Alien" then is refused with the list of both and their times.
public static partial class MovieNightRules
{
    /// <summary>Host or moderators: who may change a booking or a series.</summary>
    private static bool MayChange(UserRef host, Actor actor) => actor.IsModerator || host.Key == actor.User.Key;

    /// <summary>The booking <paramref name="title"/> names (null: the next), or the refusal that says what to type.</summary>
    private static (WatchSession? Booking, Decision? Refusal) PickBooking(CommandContext context, string? title, string verb)
    {
        var booked = context.Upcoming;
        if (booked.Count == 0)
        {
            var running = context.Live is { } live ? $" \"{live.Title}\" is running: /watch end ends it." : "";
            return (null, Decision.Refuse($"There is no booked session here to {verb}.{running}", "/watch status"));
        }

        if (title is null)
        {
            return (booked[0], null);
        }

        var (name, place) = SplitPlace(UserText.Clean(title));
        var matches = booked.Where(b => string.Equals(b.Title, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            var titles = string.Join(", ", booked.Select(b => $"\"{b.Title}\""));
            return (null, Decision.Refuse($"No booking here is called \"{name}\". Booked: {titles}.", $"/watch {verb} title:\"{booked[0].Title}\""));
        }

        if (place is { } n)
        {
            return n >= 1 && n <= matches.Count
                ? (matches[n - 1], null)
                : (null, Decision.ReplyOnly(new BookingAmbiguous(matches, verb)));
        }

        return matches.Count == 1 ? (matches[0], null) : (null, Decision.ReplyOnly(new BookingAmbiguous(matches, verb)));
    }

    /// <summary>The series <paramref name="title"/> names (null: the channel's only one), or the refusal.</summary>
    private static (MovieSeries? Series, Decision? Refusal) PickSeries(CommandContext context, string? title, string typed)
    {
        var all = context.Series;
        if (all.Count == 0)
        {
            return (null, Decision.Refuse("There is no repeating movie night here.", "/watch schedule title:\"Friday Film Club\" at:\"friday 21:00\" repeat:weekly"));
        }

        var names = string.Join(", ", all.Select(s => $"\"{s.Title}\""));
        if (title is null)
        {
            return all.Count == 1
                ? (all[0], null)
                : (null, Decision.Refuse($"This channel has {all.Count} repeating movie nights ({names}): say which.", $"{typed} title:\"{all[0].Title}\""));
        }

        var name = UserText.Clean(title);
        var found = all.FirstOrDefault(s => string.Equals(s.Title, name, StringComparison.OrdinalIgnoreCase));
        return found is null
            ? (null, Decision.Refuse($"No repeating movie night here is called \"{name}\". Here: {names}.", $"{typed} title:\"{all[0].Title}\""))
            : (found, null);
    }

    private static (string Name, int? Place) SplitPlace(string title)
    {
        var match = PlaceSuffix().Match(title);
        return match.Success && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (match.Groups[1].Value, n)
            : (title, null);
    }

    [GeneratedRegex(@"^(.*?)\s*#(\d{1,3})$")]
    private static partial Regex PlaceSuffix();

    /// <summary>A booking ended before it started, its change bumping the revision (calendar SEQUENCE, Discord event).</summary>
    private static WatchSession CancelledAt(WatchSession booking, DateTimeOffset now) => booking with
    {
        Phase = SessionPhase.Ended,
        EndedAt = now,
        EndReason = EndReason.Cancelled,
        WaitingSince = null,
        Revision = booking.Revision + 1,
    };
}
