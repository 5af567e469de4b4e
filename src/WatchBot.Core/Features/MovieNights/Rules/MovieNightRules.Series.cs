using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Text;

namespace WatchBot.Core.Features.MovieNights.Rules;

// Setting up a repeating movie night: /watch schedule … repeat:. The series and its first occurrence
// are committed together; every later occurrence is booked by EnsureNext.
public static partial class MovieNightRules
{
    /// <summary>
    /// <c>/watch schedule</c> with <c>repeat:</c>: the series, kept in the local time and zone the time
    /// was read in, and its first occurrence booked (checked like any booking).
    /// </summary>
    public static Decision ScheduleSeries(CommandContext context, ScheduleCommand command)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var typed = "/watch schedule title:\"Friday Film Club\"";
        var example = typed + " at:\"friday 21:00\" repeat:weekly";
        if (Understood(command.At.Resolve(context.Now, context.TimeZone), typed, out var when) is { } unclear)
        {
            return unclear;
        }

        var options = context.Options;
        var title = UserText.Clean(command.Title);
        title = title.Length == 0 ? options.DefaultTitle : title;
        if (UserText.VisibleLength(title) > options.MaxTitleLength)
        {
            return Decision.Refuse($"The title is too long: {options.MaxTitleLength} characters at most.", example);
        }

        if (command.Runtime is { } r && (r <= TimeSpan.Zero || r > options.MaxRuntime))
        {
            return Decision.Refuse($"The runtime must be more than 0 and at most {DurationText.Format(options.MaxRuntime)}.", example + " runtime:2h");
        }

        var local = when.Local;
        var series = new MovieSeries
        {
            Id = new SeriesId(context.NewSessionId.Value),
            Channel = context.Channel,
            Title = title,
            Host = context.Actor.User,
            TimeZone = when.ZoneId,
            LocalTime = new TimeOnly(local.Hour, local.Minute, local.Second),
            FirstDate = DateOnly.FromDateTime(local),
            Repeat = command.Repeat ?? new Recurrence(RecurrenceKind.Weekly),
            Until = command.Until,
            Runtime = command.Runtime,
            Policy = command.Policy,
            Seats = command.Seats,
            ReminderLeads = ReminderRules.LeadsFor(command.ReminderLeads, options),
            CreatedAt = context.Now,
        };
        if (series.Until is { } until && until < series.FirstDate)
        {
            return Decision.Refuse("until: is before the first occurrence: pick a later date.", example + " until:2027-06-30");
        }

        var start = SeriesCalendar.StartOf(series, series.FirstDate);
        if (TimeProblem(context, start) is { } problem)
        {
            return Decision.Refuse(problem, example);
        }

        if (SessionRules.RefuseOverlap(context, title, start, command.Runtime) is { } overlap)
        {
            return overlap;
        }

        var booked = series with { LastBooked = series.FirstDate };
        var first = Occurrence(booked, series.FirstDate, start, context.NewSessionId, context.Now);
        return SessionRules.BookAt(context, first, new OccurrenceBooked(first, booked, context.Actor.User)) with
        {
            Changes = [new SeriesChange(booked)],
        };
    }

    /// <summary>One occurrence as a booked session: the series' title, host, runtime, policy, seats and reminder leads.</summary>
    internal static WatchSession Occurrence(MovieSeries series, DateOnly date, DateTimeOffset start, SessionId id, DateTimeOffset now) => new()
    {
        Id = id,
        Channel = series.Channel,
        Title = series.Title,
        Host = series.Host,
        Phase = SessionPhase.Scheduled,
        Clock = MediaClock.Stopped(now, series.Runtime),
        Policy = series.Policy ?? ControlPolicy.HostAndModerators,
        CreatedAt = now,
        Participants = [series.Host],
        ScheduledFor = start,
        Occurrence = new SeriesOccurrence(series.Id, date),
        TimeZone = series.TimeZone,
        Seats = series.Seats,
        ReminderLeads = series.ReminderLeads,
    };
}
