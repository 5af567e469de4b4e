using Npgsql;
using NpgsqlTypes;
using WatchBot.Core.Features.Privacy;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres.Privacy;

/// <summary>
/// <see cref="IPersonalData"/> over PostgreSQL: one statement set per question
/// (<see cref="PostgresPersonalDataSql"/>), forget-me and retention each in one transaction. The clock
/// tells forget-me which bans have ended (those go; a ban in force stays).
/// </summary>
internal sealed class PostgresPersonalData(PostgresDatabase database, TimeProvider time) : IPersonalData
{
    public async Task<PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DescribeAsync(connection, null, platform, spaceId, userId, name: null, cancellationToken);
    }

    public async Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LiveChannelAsync(connection, transaction, platform, spaceId, userId, displayName, cancellationToken) is { } before)
        {
            return ForgetResult.Blocked(before);
        }

        var stored = await DescribeAsync(connection, transaction, platform, spaceId, userId, displayName, cancellationToken);
        await using (var forget = Command(connection, transaction, PostgresPersonalDataSql.Forget, platform, spaceId, userId, displayName))
        {
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        // No lock keeps a session from going live between the first look and the updates (several
        // instances write), so look again once they are done: each statement saw the latest commits, and
        // a session that went live meanwhile undoes the whole forget, as if it had been live at the start.
        if (await LiveChannelAsync(connection, transaction, platform, spaceId, userId, displayName, cancellationToken) is { } after)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ForgetResult.Blocked(after);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ForgetResult(stored, null);
    }

    public async Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var around = Retention(connection, transaction, PostgresPersonalDataSql.ForgetEndedAround, endedBefore))
        {
            await around.ExecuteNonQueryAsync(cancellationToken);
        }

        int cleared;
        await using (var sessions = Retention(connection, transaction, PostgresPersonalDataSql.ForgetEndedSessions, endedBefore))
        {
            cleared = Convert.ToInt32(await sessions.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        await transaction.CommitAsync(cancellationToken);
        return cleared;
    }

    private async Task<string?> LiveChannelAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string platform, string spaceId, string userId, string name, CancellationToken cancellationToken)
    {
        await using var live = Command(connection, transaction, PostgresPersonalDataSql.LiveSessionChannel, platform, spaceId, userId, name);
        return await live.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<PersonalData> DescribeAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string platform, string spaceId, string userId, string? name, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, PostgresPersonalDataSql.Describe, platform, spaceId, userId, name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PersonalData(
            SessionsHosted: Count(reader, 0),
            SessionsJoined: Count(reader, 1),
            Reactions: Count(reader, 2),
            Notes: Count(reader, 3),
            Rsvps: Count(reader, 4),
            Ready: Count(reader, 5),
            SeriesHosted: Count(reader, 6),
            RemindersOff: Count(reader, 7) > 0,
            Moderator: Count(reader, 8) > 0,
            ModeratorsAdded: Count(reader, 9),
            Announcements: Count(reader, 10),
            KickedFrom: Count(reader, 11),
            AuditEntries: Count(reader, 12),
            BansPlaced: Count(reader, 13),
            Recaps: Count(reader, 14),
            Nominations: Count(reader, 15),
            Votes: Count(reader, 16));
    }

    // COUNT(*) is bigint; a person's rows in one space fit an int by far.
    private static int Count(NpgsqlDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));

    private NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string platform, string spaceId, string userId, string? name)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("platform", NpgsqlDbType.Text, platform);
        p.AddWithValue("space", NpgsqlDbType.Text, spaceId);
        p.AddWithValue("user", NpgsqlDbType.Text, userId);

        // Without a name (my-data knows only the id) the id alone finds the facts: a person is stored as both.
        p.AddWithValue("plain", NpgsqlDbType.Text, string.IsNullOrEmpty(name) ? DBNull.Value : name);
        p.AddWithValue("someone", NpgsqlDbType.Text, PersonalData.Someone);
        p.AddWithValue("forgotten", NpgsqlDbType.Text, PersonalData.ForgottenId);
        p.AddWithValue("now", NpgsqlDbType.TimestampTz, time.GetUtcNow());
        return command;
    }

    private static NpgsqlCommand Retention(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, DateTimeOffset cutoff)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("cutoff", NpgsqlDbType.TimestampTz, cutoff.ToUniversalTime());
        command.Parameters.AddWithValue("someone", NpgsqlDbType.Text, PersonalData.Someone);
        command.Parameters.AddWithValue("forgotten", NpgsqlDbType.Text, PersonalData.ForgottenId);
        return command;
    }
}
