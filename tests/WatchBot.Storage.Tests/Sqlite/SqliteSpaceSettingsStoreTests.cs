using WatchBot.Core.Features.Spaces;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>Each space's settings in the real database file: versioned saves, and what a restarted process reads.</summary>
public sealed class SqliteSpaceSettingsStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Get_ASpaceThatSetNothing_IsNone()
    {
        var store = Open();

        Assert.Equal(SpaceSettings.None, await store.GetAsync("discord", "g1", CancellationToken.None));
    }

    [Fact]
    public async Task Save_ThenReopen_ReadsTheZone_AtVersionOne_ThenTwo()
    {
        var saved = await Open().SaveAsync("discord", "g1", new SpaceSettings { TimeZone = "Europe/Paris" }, CancellationToken.None);

        Assert.Equal(new SpaceSettings { TimeZone = "Europe/Paris", Version = 1 }, saved);
        var reread = await Open().GetAsync("discord", "g1", CancellationToken.None);
        Assert.Equal(saved, reread);

        var cleared = await Open().SaveAsync("discord", "g1", reread with { TimeZone = null }, CancellationToken.None);
        Assert.Equal(new SpaceSettings { TimeZone = null, Version = 2 }, cleared);
        Assert.Equal(cleared, await Open().GetAsync("discord", "g1", CancellationToken.None));
    }

    [Fact]
    public async Task Save_AtAVersionNoLongerStored_IsAConflict_AndChangesNothing()
    {
        var store = Open();
        var first = await store.SaveAsync("slack", "T1", new SpaceSettings { TimeZone = "Asia/Tokyo" }, CancellationToken.None);
        await store.SaveAsync("slack", "T1", first with { TimeZone = "Europe/Paris" }, CancellationToken.None);

        // Both read before the other saved: the one at version 1 and a second "first save" at 0.
        await Assert.ThrowsAsync<AggregateVersionConflictException>(
            () => store.SaveAsync("slack", "T1", first with { TimeZone = "America/New_York" }, CancellationToken.None));
        await Assert.ThrowsAsync<AggregateVersionConflictException>(
            () => store.SaveAsync("slack", "T1", new SpaceSettings { TimeZone = "UTC" }, CancellationToken.None));

        Assert.Equal(new SpaceSettings { TimeZone = "Europe/Paris", Version = 2 }, await store.GetAsync("slack", "T1", CancellationToken.None));
    }

    [Fact]
    public async Task Spaces_AreKeptApart_ByPlatformAndSpace()
    {
        var store = Open();
        await store.SaveAsync("discord", "same", new SpaceSettings { TimeZone = "Europe/Paris" }, CancellationToken.None);
        await store.SaveAsync("slack", "same", new SpaceSettings { TimeZone = "Asia/Tokyo" }, CancellationToken.None);

        Assert.Equal("Europe/Paris", (await store.GetAsync("discord", "same", CancellationToken.None)).TimeZone);
        Assert.Equal("Asia/Tokyo", (await store.GetAsync("slack", "same", CancellationToken.None)).TimeZone);
        Assert.Equal(SpaceSettings.None, await store.GetAsync("discord", "other", CancellationToken.None));
    }

    [Fact]
    public async Task FromVersion8_TheTableIsAdded_AndTheSessionsAreUntouched()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(8)]).EnsureMigratedAsync(CancellationToken.None);
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        await Open().SaveAsync("discord", "g1", new SpaceSettings { TimeZone = "Europe/Paris" }, CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, (int)await _db.ScalarAsync("PRAGMA user_version;"));
        SessionAssert.Equivalent(session, await _db.OpenStore().GetAsync(session.Id, CancellationToken.None));
    }

    /// <summary>A new store on the file, as the host builds it: what a restarted process reads.</summary>
    private SqliteSpaceSettingsStore Open() => new(_db.OpenStore().Database);
}
