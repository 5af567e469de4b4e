using System.Collections.Immutable;
using System.Globalization;
using WatchBot.Core.Grammar;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary>
/// The options a booking takes for RSVPs and reminders (<c>seats:</c>, <c>reminders:</c>), declared
/// once here and added to <c>/watch schedule</c>. The bounds below are sanity limits of the grammar
/// (a number someone could mean), not tolerances to tune.
/// </summary>
internal static class BookingRsvpOptions
{
    public const int MaxSeats = 10_000;

    public const int MaxLeads = 5;

    public static readonly CommandOption Seats = new("seats", OptionKind.Text, "How many can say going; later ones wait for a seat") { MaxLength = 5 };

    public static readonly CommandOption Reminders = new("reminders", OptionKind.Text, "Reminders before the start, e.g. \"24h,1h\", or off") { MaxLength = 40 };

    private static readonly TimeSpan ShortestLead = TimeSpan.FromMinutes(1);

    /// <summary>The seat cap; null when absent.</summary>
    public static ParseResult? ReadSeats(OptionValues values, out int? seats)
    {
        seats = null;
        var text = values.Text(Seats.Name)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxSeats)
        {
            return values.Failure($"seats: is a whole number from 1 to {MaxSeats}, not \"{Excerpt.Of(text)}\".", values.Corrected(Seats.Name, "10"));
        }

        seats = count;
        return null;
    }

    /// <summary>The reminder leads, longest first; empty for <c>off</c>; null when absent (the defaults).</summary>
    public static ParseResult? ReadReminders(OptionValues values, out ImmutableList<TimeSpan>? leads)
    {
        leads = null;
        var text = values.Text(Reminders.Name)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.Equals("off", StringComparison.OrdinalIgnoreCase) || text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            leads = [];
            return null;
        }

        var read = new List<TimeSpan>();
        foreach (var piece in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DurationText.TryParse(piece, out var lead) || lead < ShortestLead)
            {
                return values.Failure(
                    $"reminders: is a list of times before the start, each at least 1m, like \"24h,1h\", or off; I can't read \"{Excerpt.Of(piece)}\".",
                    values.Corrected(Reminders.Name, "24h,1h"));
            }

            read.Add(lead);
        }

        var distinct = read.Distinct().OrderDescending().ToImmutableList();
        if (distinct.Count is 0 or > MaxLeads)
        {
            return values.Failure($"reminders: takes 1 to {MaxLeads} times, like \"24h,1h\", or off.", values.Corrected(Reminders.Name, "24h,1h"));
        }

        leads = distinct;
        return null;
    }
}
