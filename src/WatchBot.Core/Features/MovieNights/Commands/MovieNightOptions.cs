using System.Globalization;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary>The options the movie-night sub-commands (and <c>/watch schedule</c>'s repeat) share, declared once.</summary>
internal static class MovieNightOptions
{
    public static readonly CommandOption Booking = new("title", OptionKind.Text, "Which booking, by title (default: the next one)") { MaxLength = 100 };

    public static readonly CommandOption Repeat = new("repeat", OptionKind.Choice, "Repeat it: weekly, every 2 weeks, or monthly (same weekday)")
    {
        Choices =
        [
            new("weekly", "every week") { Aliases = ["every week", "week"] },
            new("biweekly", "every 2 weeks") { Aliases = ["every 2 weeks", "every two weeks", "fortnightly", "2 weeks"] },
            new("monthly", "every month, same weekday (first Friday…)") { Aliases = ["every month", "month"] },
        ],
    };

    public static readonly CommandOption Until = new("until", OptionKind.Text, "Last date of a repeat, as year-month-day") { MaxLength = 10 };

    /// <summary>The rule <see cref="Repeat"/> names and the date <see cref="Until"/> gives; both null when absent.</summary>
    public static ParseResult? ReadRepeat(OptionValues values, out Recurrence? repeat, out DateOnly? until)
    {
        until = null;
        var failure = values.Choice(Repeat.Name, out var value);
        repeat = value switch
        {
            "weekly" => new Recurrence(RecurrenceKind.Weekly),
            "biweekly" => new Recurrence(RecurrenceKind.Weekly, 2),
            "monthly" => new Recurrence(RecurrenceKind.MonthlyByWeekday),
            _ => null,
        };
        if (failure is not null)
        {
            return failure;
        }

        if (values.Text(Until.Name) is not { } text)
        {
            return null;
        }

        if (repeat is null)
        {
            return values.Failure("until: goes with repeat: (the last date of a repeating movie night).");
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return values.Failure($"I can't read \"{Excerpt.Of(text)}\" as a date for until:. Write it as 2027-06-30.", values.Corrected(Until.Name, "2027-06-30"));
        }

        until = date;
        return null;
    }
}
