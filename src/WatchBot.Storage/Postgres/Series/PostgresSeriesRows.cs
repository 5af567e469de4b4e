using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite.Series;

namespace WatchBot.Storage.Postgres.Series;

/// <summary>Turns a <see cref="MovieSeries"/> into parameters and a row back into a series (PostgreSQL types).</summary>
internal static class PostgresSeriesRows
{
    private const string DateFormat = "yyyy-MM-dd";

    public const string Columns =
        "id, platform, space_id, channel_id, title, host_id, host_name, time_zone, local_time, first_date, repeat_kind, repeat_interval, "
        + "until_date, runtime_ms, policy, seats, reminder_leads, skipped, last_booked, created_at, ended_at, version";

    public static void Bind(NpgsqlParameterCollection p, MovieSeries series)
    {
        p.AddWithValue("id", series.Id.Value);
        p.AddWithValue("platform", series.Channel.Platform);
        p.AddWithValue("space_id", series.Channel.SpaceId);
        p.AddWithValue("channel_id", series.Channel.ChannelId);
        p.AddWithValue("title", series.Title);
        p.AddWithValue("host_id", series.Host.Key.Id);
        p.AddWithValue("host_name", series.Host.DisplayName);
        p.AddWithValue("time_zone", series.TimeZone);
        p.AddWithValue("local_time", NpgsqlDbType.Time, series.LocalTime);
        p.AddWithValue("first_date", NpgsqlDbType.Date, series.FirstDate);
        p.AddWithValue("repeat_kind", series.Repeat.Kind.ToString());
        p.AddWithValue("repeat_interval", series.Repeat.Interval);
        p.AddWithValue("until_date", NpgsqlDbType.Date, series.Until is { } until ? until : DBNull.Value);
        p.AddWithValue("runtime_ms", NpgsqlDbType.Bigint, series.Runtime is { } runtime ? (long)runtime.TotalMilliseconds : DBNull.Value);
        p.AddWithValue("policy", NpgsqlDbType.Text, series.Policy is { } policy ? policy.ToString() : DBNull.Value);
        p.AddWithValue("seats", NpgsqlDbType.Integer, series.Seats is { } seats ? seats : DBNull.Value);
        long[] leads = [.. series.ReminderLeads.Select(l => (long)l.TotalMilliseconds)];
        p.AddWithValue("reminder_leads", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(leads, SeriesJsonContext.Default.Int64Array));

        // Sorted: the same set is always the same document.
        string[] skipped = [.. series.Skipped.Order().Select(d => d.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture))];
        p.AddWithValue("skipped", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(skipped, SeriesJsonContext.Default.StringArray));
        p.AddWithValue("last_booked", NpgsqlDbType.Date, series.LastBooked is { } last ? last : DBNull.Value);
        p.AddWithValue("created_at", NpgsqlDbType.TimestampTz, FeatureRows.Instant(series.CreatedAt));
        p.AddWithValue("ended_at", NpgsqlDbType.TimestampTz, FeatureRows.Instant(series.EndedAt));
    }

    public static MovieSeries Read(NpgsqlDataReader row)
    {
        var platform = FeatureRows.Text(row, "platform");
        var leads = JsonSerializer.Deserialize(FeatureRows.Text(row, "reminder_leads"), SeriesJsonContext.Default.Int64Array) ?? [];
        var skipped = JsonSerializer.Deserialize(FeatureRows.Text(row, "skipped"), SeriesJsonContext.Default.StringArray) ?? [];
        return new MovieSeries
        {
            Id = new SeriesId(FeatureRows.Text(row, "id")),
            Channel = new ChannelAddress(platform, FeatureRows.Text(row, "space_id"), FeatureRows.Text(row, "channel_id")),
            Title = FeatureRows.Text(row, "title"),
            Host = new UserRef(platform, FeatureRows.Text(row, "host_id"), FeatureRows.Text(row, "host_name")),
            TimeZone = FeatureRows.Text(row, "time_zone"),
            LocalTime = FeatureRows.Value<TimeOnly>(row, "local_time"),
            FirstDate = FeatureRows.Value<DateOnly>(row, "first_date"),
            Repeat = new Recurrence(Enum.Parse<RecurrenceKind>(FeatureRows.Text(row, "repeat_kind")), FeatureRows.Value<int>(row, "repeat_interval")),
            Until = FeatureRows.ValueOrNull<DateOnly>(row, "until_date"),
            Runtime = FeatureRows.ValueOrNull<long>(row, "runtime_ms") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            Policy = FeatureRows.TextOrNull(row, "policy") is { } policy ? Enum.Parse<ControlPolicy>(policy) : null,
            Seats = FeatureRows.ValueOrNull<int>(row, "seats"),
            ReminderLeads = [.. leads.Select(l => TimeSpan.FromMilliseconds(l))],
            Skipped = [.. skipped.Select(d => DateOnly.ParseExact(d, DateFormat, System.Globalization.CultureInfo.InvariantCulture))],
            LastBooked = FeatureRows.ValueOrNull<DateOnly>(row, "last_booked"),
            CreatedAt = FeatureRows.Value<DateTimeOffset>(row, "created_at"),
            EndedAt = FeatureRows.ValueOrNull<DateTimeOffset>(row, "ended_at"),
            Version = FeatureRows.Value<long>(row, "version"),
        };
    }
}
