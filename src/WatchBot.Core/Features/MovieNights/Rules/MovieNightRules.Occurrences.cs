using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights.Rules;

// The next occurrence always exists as a booked session. Whenever one leaves Scheduled (it starts, is
// cancelled, skipped, missed, ends) the engine asks for the next; asking again changes nothing, and the
// series' version (and the store's unique occurrence) make two concurrent askers book it once.
public static partial class MovieNightRules
{
    private static Decision EnsureNext(CommandContext context, EnsureNextOccurrenceCommand command)
    {
        if (context.Series.FirstOrDefault(s => s.Id == command.Series) is not { } series
            || context.Upcoming.Any(s => s.Occurrence?.Series == series.Id))
        {
            return Decision.Nothing;
        }

        // Occurrences that passed unbooked (the bot was down) are not booked late: the next one still to come is.
        if (SeriesCalendar.NextOccurrence(series, series.LastBooked, context.Now) is not var (date, start))
        {
            return Decision.Nothing;
        }

        // Not overlap-checked: the series' evenings were announced when it was set up, and refusing one
        // would silently stop the series. A one-off booked into its slot since waits for the channel as usual.
        var booked = series with { LastBooked = date };
        var next = Occurrence(booked, date, start, context.NewSessionId, context.Now);
        return SessionRules.BookAt(context, next, new OccurrenceBooked(next, booked, By: null)) with
        {
            Changes = [new SeriesChange(booked)],
        };
    }
}
