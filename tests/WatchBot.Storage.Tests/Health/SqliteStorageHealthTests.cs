using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Health;

/// <summary>The SQLite health port on the real file: what only a file can do to the ping (the gauges are in <see cref="Contracts.StorageHealthContract{TStorage}"/>).</summary>
public sealed class SqliteStorageHealthTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Ping_AnswersOnAMigratedFile_AndFailsOnceTheFileIsGone_ThoughThePoolStillHoldsIt()
    {
        var store = _db.OpenStore();
        var health = new SqliteStorageHealth(store.Database);
        await store.SaveAsync(Samples.Session(SessionPhase.Playing), CancellationToken.None);
        await health.PingAsync(CancellationToken.None);

        var away = _db.FilePath + ".away";
        File.Move(_db.FilePath, away);
        await Assert.ThrowsAsync<SqliteException>(() => health.PingAsync(CancellationToken.None));
        Assert.False(File.Exists(_db.FilePath));

        File.Move(away, _db.FilePath);
        await health.PingAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Ping_FailsOnAFileThatIsNotADatabase()
    {
        await File.WriteAllTextAsync(_db.FilePath, "this is not a database, just text long enough to have a header");
        var health = new SqliteStorageHealth(_db.OpenStore().Database);

        await Assert.ThrowsAsync<SqliteException>(() => health.PingAsync(CancellationToken.None));
    }
}
