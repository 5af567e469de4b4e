using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.MovieNights.Views;

/// <summary>The lines the movie-night notices post: a booking cancelled or moved, a series set up, booked, skipped, ended.</summary>
public static class MovieNightAnnouncements
{
    public static Announcement Cancelled(WatchSession session, DateTimeOffset wasAt, UserRef by) =>
        new(ViewLine.Of($"✖ {by} cancelled {SessionWords.Title(session)}, which was booked for {wasAt:F}."));

    /// <summary>The new time as an instant (each viewer's own zone) and, for the record, the local time it was read as.</summary>
    public static Announcement Rescheduled(WatchSession session, DateTimeOffset from, string? localEcho, UserRef by)
    {
        var to = session.ScheduledFor ?? from;
        var echo = localEcho is { Length: > 0 } local ? new TextPart($" ({local})") : new TextPart("");
        return new(SessionWords.Merge([.. ViewLine.Of($"🕘 {by} moved {SessionWords.Title(session)} from {from:F} to {to:F}").Parts, echo, new TextPart(".")]));
    }

    public static Announcement SeriesSetUp(MovieSeries series, WatchSession first, UserRef by) =>
        new(ViewLine.Of($"🔁 {by} set up {SeriesWords.Title(series)}: {SeriesWords.Rule(series)}. First one {first.ScheduledFor ?? first.CreatedAt:F}."));

    public static Announcement NextBooked(MovieSeries series, WatchSession next) =>
        new(ViewLine.Of($"📅 Next {SeriesWords.Title(series)}: {SessionWords.Title(next)} {next.ScheduledFor ?? next.CreatedAt:F} ({next.ScheduledFor ?? next.CreatedAt:R})."));

    public static Announcement Skipped(MovieSeries series, DateTimeOffset wasAt, UserRef by) =>
        new(ViewLine.Of($"⏭ {by} skipped {SeriesWords.Title(series)} of {wasAt:F}; the next one is booked."));

    public static Announcement SeriesEnded(MovieSeries series, UserRef by) =>
        new(ViewLine.Of($"■ {by} ended {SeriesWords.Title(series)} ({SeriesWords.Rule(series)}): no more occurrences."));
}
