using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Sqlite;

/// <summary>The movie-night columns of a session (schema version 8): occurrence, zone, revision, RSVPs, seats, reminders.</summary>
internal static partial class SessionRows
{
    /// <summary>The occurrence's local date as stored: ISO, culture-free, sorts as text.</summary>
    private const string DateFormat = "yyyy-MM-dd";

    private static void BindMovieNight(SqliteParameterCollection p, WatchSession session)
    {
        p.AddWithValue("@series_id", OrNull(session.Occurrence?.Series.Value));
        p.AddWithValue("@occurrence_date", OrNull(session.Occurrence?.Date.ToString(DateFormat, CultureInfo.InvariantCulture)));
        p.AddWithValue("@time_zone", OrNull(session.TimeZone));
        p.AddWithValue("@revision", (long)session.Revision);
        StoredRsvp[] rsvps =
        [
            .. session.Rsvps.Select(r => new StoredRsvp(StoredId(session, r.User.Key), r.User.DisplayName, r.Answer.ToString(), ToUnixMs(r.Since))),
        ];
        p.AddWithValue("@rsvps", JsonSerializer.Serialize(rsvps, StorageJsonContext.Default.StoredRsvpArray));
        p.AddWithValue("@seats", OrNull(session.Seats is { } seats ? (long)seats : null));

        // The leads keep their order (the rules keep it); the sent set is sorted so the same set is the same text.
        long[] leads = [.. session.ReminderLeads.Select(ToMs)];
        p.AddWithValue("@reminder_leads", JsonSerializer.Serialize(leads, StorageJsonContext.Default.Int64Array));
        long[] sent = [.. session.RemindersSent.Select(ToMs).Order()];
        p.AddWithValue("@reminders_sent", JsonSerializer.Serialize(sent, StorageJsonContext.Default.Int64Array));

        // Schema version 17: an age-restricted title (rated:18).
        p.AddWithValue("@adult", session.Adult ? 1L : 0L);
    }

    private static WatchSession ReadMovieNight(SqliteDataReader row, string platform, WatchSession session)
    {
        var rsvps = JsonSerializer.Deserialize(Text(row, "rsvps"), StorageJsonContext.Default.StoredRsvpArray) ?? [];
        var leads = JsonSerializer.Deserialize(Text(row, "reminder_leads"), StorageJsonContext.Default.Int64Array) ?? [];
        var sent = JsonSerializer.Deserialize(Text(row, "reminders_sent"), StorageJsonContext.Default.Int64Array) ?? [];
        var seriesId = NullableText(row, "series_id");
        var date = NullableText(row, "occurrence_date");
        return session with
        {
            Occurrence = seriesId is not null && date is not null
                ? new SeriesOccurrence(new SeriesId(seriesId), DateOnly.ParseExact(date, DateFormat, CultureInfo.InvariantCulture))
                : null,
            TimeZone = NullableText(row, "time_zone"),
            Revision = checked((int)Integer(row, "revision")),
            Rsvps = [.. rsvps.Select(r => new Rsvp(new UserRef(platform, r.Id, r.Name), Enum.Parse<RsvpAnswer>(r.Answer), FromUnixMs(r.Since)))],
            Seats = NullableInteger(row, "seats") is { } seats ? checked((int)seats) : null,
            ReminderLeads = [.. leads.Select(FromMs)],
            RemindersSent = [.. sent.Select(FromMs)],
            Adult = Integer(row, "adult") != 0,
        };
    }
}
