using Npgsql;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres.Series;

/// <summary>
/// Writes a <see cref="SeriesChange"/> inside the session commit's transaction: inserted at version 1
/// when expected at 0, else updated only if the stored version is still the expected one. Either way a
/// moved version throws <see cref="AggregateVersionConflictException"/> and the whole commit rolls back.
/// </summary>
internal sealed class PostgresSeriesWriter : IPostgresAggregateWriter
{
    private const string Insert = $"""
        INSERT INTO series ({PostgresSeriesRows.Columns})
        VALUES (@id, @platform, @space_id, @channel_id, @title, @host_id, @host_name, @time_zone, @local_time, @first_date, @repeat_kind,
                @repeat_interval, @until_date, @runtime_ms, @policy, @seats, @reminder_leads, @skipped, @last_booked, @created_at, @ended_at, 1)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string Update = """
        UPDATE series SET platform = @platform, space_id = @space_id, channel_id = @channel_id, title = @title, host_id = @host_id,
            host_name = @host_name, time_zone = @time_zone, local_time = @local_time, first_date = @first_date, repeat_kind = @repeat_kind,
            repeat_interval = @repeat_interval, until_date = @until_date, runtime_ms = @runtime_ms, policy = @policy, seats = @seats,
            reminder_leads = @reminder_leads, skipped = @skipped, last_booked = @last_booked, created_at = @created_at, ended_at = @ended_at,
            version = version + 1
        WHERE id = @id AND version = @expected_version;
        """;

    public string Kind => SeriesId.AggregateKind;

    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AggregateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (change is not SeriesChange { Series: var series })
        {
            throw new ArgumentException($"The series writer writes series changes, not {change?.GetType().Name}.", nameof(change));
        }

        await using var command = new NpgsqlCommand(change.ExpectedVersion == 0 ? Insert : Update, connection, transaction);
        PostgresSeriesRows.Bind(command.Parameters, series);
        command.Parameters.AddWithValue("expected_version", change.ExpectedVersion);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new AggregateVersionConflictException(change.Key, change.ExpectedVersion);
        }
    }
}
