using Microsoft.Data.Sqlite;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;

namespace WatchBot.Storage.Tests.Aggregates;

/// <summary>How a feature plugs its aggregate into the session commit: a table and a versioned upsert, like the sessions'.</summary>
internal sealed class TallyWriter : ISqliteAggregateWriter
{
    public const string CreateTable = "CREATE TABLE tallies (id TEXT PRIMARY KEY, count INTEGER NOT NULL, version INTEGER NOT NULL);";

    public string Kind => Tally.Kind;

    public async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, AggregateChange change, CancellationToken cancellationToken)
    {
        var tally = (Tally)change;
        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO tallies (id, count, version) VALUES (@id, @count, 1)
            ON CONFLICT (id) DO UPDATE SET count = excluded.count, version = tallies.version + 1
            WHERE tallies.version = @expected;
            """;
        upsert.Parameters.AddWithValue("@id", tally.Key.Id);
        upsert.Parameters.AddWithValue("@count", tally.Count);
        upsert.Parameters.AddWithValue("@expected", tally.ExpectedVersion);
        if (await upsert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new AggregateVersionConflictException(tally.Key, tally.ExpectedVersion);
        }
    }
}
