using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.MovieNights;

/// <summary>The repeating movie nights the movie-night tests start from.</summary>
internal static class GivenSeries
{
    public static readonly SeriesId FilmClubId = new("series000001");

    /// <summary>"Friday Film Club": every Friday 21:00 Europe/Paris from Friday 2026-11-27, hosted by Alice, first occurrence booked.</summary>
    public static MovieSeries FilmClub(RecurrenceKind kind = RecurrenceKind.Weekly, int interval = 1, string zone = "Europe/Paris", DateOnly? first = null) => new()
    {
        Id = FilmClubId,
        Channel = Channel,
        Title = "Friday Film Club",
        Host = Alice.User,
        TimeZone = zone,
        LocalTime = new TimeOnly(21, 0),
        FirstDate = first ?? new DateOnly(2026, 11, 27),
        Repeat = new Recurrence(kind, interval),
        CreatedAt = T0 - Hour,
        LastBooked = first ?? new DateOnly(2026, 11, 27),
        Version = 1,
    };

    /// <summary>The series' booked occurrence of <paramref name="date"/> (default: its first).</summary>
    public static WatchSession BookedOccurrence(MovieSeries series, DateOnly? date = null, SessionId? id = null)
    {
        var day = date ?? series.FirstDate;
        return Scheduled(SeriesCalendar.StartOf(series, day), id: id ?? new SessionId("occ000000001")) with
        {
            Title = series.Title,
            Occurrence = new SeriesOccurrence(series.Id, day),
            TimeZone = series.TimeZone,
        };
    }

    /// <summary>A context in a Paris space holding <paramref name="series"/>.</summary>
    public static CommandContext Context(
        Actor actor,
        IReadOnlyList<MovieSeries> series,
        IReadOnlyList<WatchSession>? upcoming = null,
        WatchSession? live = null,
        DateTimeOffset? now = null) =>
        Given.Context(actor, live, upcoming, now) with
        {
            Series = series,
            Space = new SpaceSettings { TimeZone = "Europe/Paris" },
        };
}
