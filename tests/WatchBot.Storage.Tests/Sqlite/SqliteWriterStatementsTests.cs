using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// Statements kept prepared on the group commit's connection: the same command comes back for the
/// same SQL, any other connection gets a fresh one, and a statement that failed runs again.
/// </summary>
public sealed class SqliteWriterStatementsTests : IDisposable
{
    private const string Insert = "INSERT INTO t (v) VALUES (@v);";
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task OnTheWritersConnection_TheStatementIsKept_AndRunsAgainWithNewValues()
    {
        await using var connection = await OpenAsync();
        using var statements = SqliteWriterStatements.Attach(connection);

        var first = Insert1(connection, 1);
        var second = Insert1(connection, 2);

        Assert.Same(first, second);
        Assert.Equal(1, statements.Kept);
        Assert.Equal("1,2", Values(connection));
    }

    [Fact]
    public async Task OnAnotherConnection_TheCommandIsFresh_AndNotKept()
    {
        await using var writer = await OpenAsync();
        await using var other = await OpenAsync();
        using var statements = SqliteWriterStatements.Attach(writer);

        Assert.NotSame(Insert1(other, 1), Insert1(other, 2));
        Assert.Equal(0, statements.Kept);
    }

    [Fact]
    public async Task SameSqlTwiceAtOnce_GetsTwoCommands_AndOneIsKept()
    {
        await using var connection = await OpenAsync();
        using var statements = SqliteWriterStatements.Attach(connection);
        using var transaction = connection.BeginTransaction();

        using (var outer = SqliteWriterStatements.Take(connection, transaction, Insert))
        using (var inner = SqliteWriterStatements.Take(connection, transaction, Insert))
        {
            Assert.NotSame(outer.Command, inner.Command);
        }

        Assert.Equal(1, statements.Kept);
    }

    [Fact]
    public async Task OnceDisposed_NothingIsKept()
    {
        await using var connection = await OpenAsync();
        var statements = SqliteWriterStatements.Attach(connection);
        var kept = Insert1(connection, 1);

        statements.Dispose();

        Assert.NotSame(kept, Insert1(connection, 2));
        Assert.Equal(0, statements.Kept);
    }

    [Fact]
    public async Task AStatementThatFailed_RunsAgain()
    {
        await using var connection = await OpenAsync();
        using var statements = SqliteWriterStatements.Attach(connection);
        Insert1(connection, 1);

        Assert.Throws<SqliteException>(() => Insert1(connection, 1));
        Insert1(connection, 3);

        Assert.Equal("1,3", Values(connection));
    }

    [Fact]
    public async Task GroupCommit_AfterAConflictInAGroupOfItsOwn_TheNextCommitIsStored()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);
        var session = Samples.Session(SessionPhase.Scheduled, new ChannelAddress("discord", "g1", "c1"), "s1");
        await store.CommitAsync(new SessionCommit(session, [], []), CancellationToken.None);

        await Assert.ThrowsAsync<SessionVersionConflictException>(() => store.CommitAsync(new SessionCommit(session with { Title = "twice" }, [], []), CancellationToken.None));
        var other = Samples.Session(SessionPhase.Scheduled, new ChannelAddress("discord", "g1", "c2"), "s2");
        await store.CommitAsync(new SessionCommit(other, [], []), CancellationToken.None);

        Assert.Equal(2, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions WHERE title = 'twice';"));
    }

    private static SqliteCommand Insert1(SqliteConnection connection, int value)
    {
        using var statement = SqliteWriterStatements.Take(connection, null, Insert);
        statement.Command.Parameters.AddWithValue("@v", value);
        statement.Command.ExecuteNonQuery();
        return statement.Command;
    }

    private static string Values(SqliteConnection connection)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT group_concat(v, ',') FROM (SELECT v FROM t ORDER BY v);";
        return Convert.ToString(select.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _db.FilePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE IF NOT EXISTS t (v INTEGER PRIMARY KEY);";
        create.ExecuteNonQuery();
        return connection;
    }
}
