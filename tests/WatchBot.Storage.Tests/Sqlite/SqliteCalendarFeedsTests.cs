using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The calendar feed contract on SQLite, and the feed's session query on its index.</summary>
public sealed class SqliteCalendarFeedsTests : CalendarFeedsContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

    [Fact]
    public async Task TheFeedQuery_UsesTheSpacePhaseIndex()
    {
        await _db.OpenStore().InitializeAsync(CancellationToken.None);

        var explained = await ExplainAsync();

        Assert.Contains("ix_sessions_space_phase", explained, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN sessions", explained, StringComparison.Ordinal);
    }

    private async Task<string> ExplainAsync()
    {
        await using var connection = await _db.OpenStore().Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteCalendarSource.Sql;
        command.Parameters.AddWithValue("@platform", "discord");
        command.Parameters.AddWithValue("@space_id", "g1");
        command.Parameters.AddWithValue("@since", 0L);
        command.Parameters.AddWithValue("@limit", 10L);
        await using var rows = await command.ExecuteReaderAsync(CancellationToken.None);
        var details = new List<string>();
        while (await rows.ReadAsync(CancellationToken.None))
        {
            details.Add(rows.GetString(3));
        }

        return string.Join(" | ", details);
    }
}
