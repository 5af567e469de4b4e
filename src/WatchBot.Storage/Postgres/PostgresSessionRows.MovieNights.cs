using System.Text.Json;
using Npgsql;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite;
using static WatchBot.Storage.Postgres.PostgresCommands;

namespace WatchBot.Storage.Postgres;

/// <summary>The movie-night columns of a session: occurrence, zone, revision, RSVPs, seats, reminders, rating.</summary>
internal static partial class PostgresSessionRows
{
    private static void BindMovieNight(NpgsqlParameterCollection p, WatchSession session)
    {
        p.AddWithValue("series_id", OrNull(session.Occurrence?.Series.Value));
        p.AddWithValue("occurrence_date", session.Occurrence is { } occurrence ? occurrence.Date : DBNull.Value);
        p.AddWithValue("time_zone", OrNull(session.TimeZone));
        p.AddWithValue("revision", (long)session.Revision);
        StoredRsvp[] rsvps =
        [
            .. session.Rsvps.Select(r => new StoredRsvp(StoredId(session, r.User.Key), r.User.DisplayName, r.Answer.ToString(), r.Since.ToUnixTimeMilliseconds())),
        ];
        p.AddJson("rsvps", JsonSerializer.Serialize(rsvps, StorageJsonContext.Default.StoredRsvpArray));
        p.AddWithValue("seats", OrNull(session.Seats));
        long[] leads = [.. session.ReminderLeads.Select(ToMs)];
        p.AddJson("reminder_leads", JsonSerializer.Serialize(leads, StorageJsonContext.Default.Int64Array));
        long[] sent = [.. session.RemindersSent.Select(ToMs).Order()];
        p.AddJson("reminders_sent", JsonSerializer.Serialize(sent, StorageJsonContext.Default.Int64Array));
        p.AddWithValue("adult", session.Adult);
    }

    private static WatchSession ReadMovieNight(NpgsqlDataReader row, string platform, WatchSession session)
    {
        var rsvps = JsonSerializer.Deserialize(row.Text("rsvps"), StorageJsonContext.Default.StoredRsvpArray) ?? [];
        var leads = JsonSerializer.Deserialize(row.Text("reminder_leads"), StorageJsonContext.Default.Int64Array) ?? [];
        var sent = JsonSerializer.Deserialize(row.Text("reminders_sent"), StorageJsonContext.Default.Int64Array) ?? [];
        var seriesId = row.NullableText("series_id");
        var dateOrdinal = row.GetOrdinal("occurrence_date");
        return session with
        {
            Occurrence = seriesId is not null && !row.IsDBNull(dateOrdinal)
                ? new SeriesOccurrence(new SeriesId(seriesId), row.GetFieldValue<DateOnly>(dateOrdinal))
                : null,
            TimeZone = row.NullableText("time_zone"),
            Revision = checked((int)row.Integer("revision")),
            Rsvps = [.. rsvps.Select(r => new Rsvp(new UserRef(platform, r.Id, r.Name), Enum.Parse<RsvpAnswer>(r.Answer), DateTimeOffset.FromUnixTimeMilliseconds(r.Since)))],
            Seats = row.NullableInteger("seats") is { } seats ? checked((int)seats) : null,
            ReminderLeads = [.. leads.Select(FromMs)],
            RemindersSent = [.. sent.Select(FromMs)],
            Adult = row.Boolean("adult"),
        };
    }
}
