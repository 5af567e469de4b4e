using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>Calendar feeds by the hash of their secret, and the feed's session query on its index.</summary>
public sealed class SqliteCalendarFeedsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task OneFeedPerSpace_ResetRevokesTheOldHash_AndOnlyHashesAreStored()
    {
        var feeds = new SqliteCalendarFeeds(_db.OpenStore().Database);
        byte[] first = [.. Enumerable.Repeat((byte)1, 32)];
        byte[] second = [.. Enumerable.Repeat((byte)2, 32)];

        Assert.True(await feeds.TryCreateAsync("discord", "g1", first, At, CancellationToken.None));
        Assert.False(await feeds.TryCreateAsync("discord", "g1", second, At, CancellationToken.None));
        var found = await feeds.FindAsync(first, CancellationToken.None);
        Assert.True(await feeds.ReplaceAsync("discord", "g1", second, At.AddDays(1), CancellationToken.None));
        Assert.False(await feeds.ReplaceAsync("slack", "g1", first, At, CancellationToken.None));

        Assert.Equal(("discord", "g1", At), (found!.Platform, found.SpaceId, found.CreatedAt));
        Assert.Equal(At.AddDays(1), (await feeds.FindAsync(second, CancellationToken.None))!.CreatedAt);
        Assert.Equal("slack", (await feeds.FindAsync(first, CancellationToken.None))!.Platform);
        Assert.Equal(2, await _db.ScalarAsync("SELECT COUNT(*) FROM calendar_feeds;"));
        Assert.Equal(32, await _db.ScalarAsync("SELECT MAX(length(secret_hash)) FROM calendar_feeds;"));
    }

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
