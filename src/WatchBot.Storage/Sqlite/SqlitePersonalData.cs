using System.Text.Json;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Privacy;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// <see cref="IPersonalData"/> over the session database: one SQL statement set per question
/// (<see cref="PersonalDataSql"/>), forget-me and retention each written by the file's group commit. The
/// clock tells forget-me which bans have ended (those go; a ban in force stays).
/// </summary>
internal sealed class SqlitePersonalData(SqliteDatabase database, TimeProvider time) : IPersonalData
{
    public async Task<PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DescribeAsync(connection, null, platform, spaceId, userId, name: null, cancellationToken);
    }

    // Forget-me and retention are written by the file's group commit, in its queue: on a connection of
    // their own they took the write lock beside it, and the group's next transaction waited for them in
    // SQLite's busy handler (sleeps of up to 100 ms), as they waited for it. Each runs in a savepoint of
    // the group's IMMEDIATE transaction, so no save slips in between the live check and the forget.
    public Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction, ct) => ForgetAsync(connection, transaction, platform, spaceId, userId, displayName, ct), cancellationToken);

    public Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = PersonalDataSql.ForgetEnded;
                command.Parameters.AddWithValue("@cutoff", endedBefore.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("@someone", PersonalData.Someone);
                command.Parameters.AddWithValue("@forgotten", PersonalData.ForgottenId);
                return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    private async Task<ForgetResult> ForgetAsync(
        SqliteConnection connection, SqliteTransaction transaction, string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken)
    {
        await using (var live = Command(connection, transaction, PersonalDataSql.LiveSessionChannel, platform, spaceId, userId, displayName))
        {
            if (await live.ExecuteScalarAsync(cancellationToken) is string channelId)
            {
                return ForgetResult.Blocked(channelId);
            }
        }

        var stored = await DescribeAsync(connection, transaction, platform, spaceId, userId, displayName, cancellationToken);
        await using (var forget = Command(connection, transaction, PersonalDataSql.Forget, platform, spaceId, userId, displayName))
        {
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        return new ForgetResult(stored, null);
    }

    private async Task<PersonalData> DescribeAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string platform, string spaceId, string userId, string? name, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, PersonalDataSql.Describe, platform, spaceId, userId, name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PersonalData(
            SessionsHosted: reader.GetInt32(0),
            SessionsJoined: reader.GetInt32(1),
            Reactions: reader.GetInt32(2),
            Notes: reader.GetInt32(3),
            Rsvps: reader.GetInt32(4),
            Ready: reader.GetInt32(5),
            SeriesHosted: reader.GetInt32(6),
            RemindersOff: reader.GetInt32(7) > 0,
            Moderator: reader.GetInt32(8) > 0,
            ModeratorsAdded: reader.GetInt32(9),
            Announcements: reader.GetInt32(10),
            KickedFrom: reader.GetInt32(11),
            AuditEntries: reader.GetInt32(12),
            BansPlaced: reader.GetInt32(13),
            Recaps: reader.GetInt32(14),
            Nominations: reader.GetInt32(15),
            Votes: reader.GetInt32(16));
    }

    private SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, string platform, string spaceId, string userId, string? name)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var p = command.Parameters;
        p.AddWithValue("@platform", platform);
        p.AddWithValue("@space", spaceId);
        p.AddWithValue("@user", userId);

        // The name as the outbox's JSON writes it (quoted, with the default escaping), so "Al" does not
        // match "Alice". Without a name (my-data knows only the id) the id alone finds the facts: a
        // person is stored as both.
        p.AddWithValue("@name", name is null ? DBNull.Value : "\"" + JsonEncodedText.Encode(name).Value + "\"");
        p.AddWithValue("@plain", string.IsNullOrEmpty(name) ? DBNull.Value : name);
        p.AddWithValue("@someone", PersonalData.Someone);
        p.AddWithValue("@forgotten", PersonalData.ForgottenId);
        p.AddWithValue("@now", time.GetUtcNow().ToUnixTimeMilliseconds());
        return command;
    }
}
