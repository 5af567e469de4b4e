using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Sqlite.Series;

/// <summary>Turns a <see cref="MovieSeries"/> into parameters and a row back into a series.</summary>
internal static class SeriesRows
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss";

    public const string Columns =
        "id, platform, space_id, channel_id, title, host_id, host_name, time_zone, local_time, first_date, repeat_kind, repeat_interval, "
        + "until_date, runtime_ms, policy, seats, reminder_leads, skipped, last_booked, created_at, ended_at, version";

    public static void Bind(SqliteParameterCollection p, MovieSeries series)
    {
        p.AddWithValue("@id", series.Id.Value);
        p.AddWithValue("@platform", series.Channel.Platform);
        p.AddWithValue("@space_id", series.Channel.SpaceId);
        p.AddWithValue("@channel_id", series.Channel.ChannelId);
        p.AddWithValue("@title", series.Title);
        p.AddWithValue("@host_id", series.Host.Key.Id);
        p.AddWithValue("@host_name", series.Host.DisplayName);
        p.AddWithValue("@time_zone", series.TimeZone);
        p.AddWithValue("@local_time", series.LocalTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
        p.AddWithValue("@first_date", Date(series.FirstDate));
        p.AddWithValue("@repeat_kind", series.Repeat.Kind.ToString());
        p.AddWithValue("@repeat_interval", (long)series.Repeat.Interval);
        p.AddWithValue("@until_date", series.Until is { } until ? Date(until) : DBNull.Value);
        p.AddWithValue("@runtime_ms", series.Runtime is { } runtime ? (long)runtime.TotalMilliseconds : DBNull.Value);
        p.AddWithValue("@policy", series.Policy is { } policy ? policy.ToString() : DBNull.Value);
        p.AddWithValue("@seats", series.Seats is { } seats ? seats : DBNull.Value);
        long[] leads = [.. series.ReminderLeads.Select(l => (long)l.TotalMilliseconds)];
        p.AddWithValue("@reminder_leads", JsonSerializer.Serialize(leads, SeriesJsonContext.Default.Int64Array));

        // Sorted: the same set is always the same text.
        string[] skipped = [.. series.Skipped.Order().Select(Date)];
        p.AddWithValue("@skipped", JsonSerializer.Serialize(skipped, SeriesJsonContext.Default.StringArray));
        p.AddWithValue("@last_booked", series.LastBooked is { } last ? Date(last) : DBNull.Value);
        p.AddWithValue("@created_at", series.CreatedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("@ended_at", series.EndedAt is { } ended ? ended.ToUnixTimeMilliseconds() : DBNull.Value);
    }

    public static MovieSeries Read(SqliteDataReader row)
    {
        var platform = row.GetString(row.GetOrdinal("platform"));
        var leads = JsonSerializer.Deserialize(Text(row, "reminder_leads"), SeriesJsonContext.Default.Int64Array) ?? [];
        var skipped = JsonSerializer.Deserialize(Text(row, "skipped"), SeriesJsonContext.Default.StringArray) ?? [];
        return new MovieSeries
        {
            Id = new SeriesId(Text(row, "id")),
            Channel = new ChannelAddress(platform, Text(row, "space_id"), Text(row, "channel_id")),
            Title = Text(row, "title"),
            Host = new UserRef(platform, Text(row, "host_id"), Text(row, "host_name")),
            TimeZone = Text(row, "time_zone"),
            LocalTime = TimeOnly.ParseExact(Text(row, "local_time"), TimeFormat, CultureInfo.InvariantCulture),
            FirstDate = ParseDate(Text(row, "first_date")),
            Repeat = new Recurrence(Enum.Parse<RecurrenceKind>(Text(row, "repeat_kind")), (int)Long(row, "repeat_interval")!.Value),
            Until = TextOrNull(row, "until_date") is { } until ? ParseDate(until) : null,
            Runtime = Long(row, "runtime_ms") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            Policy = TextOrNull(row, "policy") is { } policy ? Enum.Parse<ControlPolicy>(policy) : null,
            Seats = Long(row, "seats") is { } seats ? (int)seats : null,
            ReminderLeads = [.. leads.Select(l => TimeSpan.FromMilliseconds(l))],
            Skipped = [.. skipped.Select(ParseDate)],
            LastBooked = TextOrNull(row, "last_booked") is { } last ? ParseDate(last) : null,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(Long(row, "created_at")!.Value),
            EndedAt = Long(row, "ended_at") is { } ended ? DateTimeOffset.FromUnixTimeMilliseconds(ended) : null,
            Version = Long(row, "version")!.Value,
        };
    }

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static string Text(SqliteDataReader row, string column) => row.GetString(row.GetOrdinal(column));

    private static string? TextOrNull(SqliteDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetString(i);
    }

    private static long? Long(SqliteDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetInt64(i);
    }
}
