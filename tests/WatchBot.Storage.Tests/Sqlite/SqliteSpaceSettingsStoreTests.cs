using System.Collections.Immutable;
using WatchBot.Core.Features.Spaces;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The space settings contract on SQLite, and what only the file has: its migrations and its JSON text.</summary>
public sealed class SqliteSpaceSettingsStoreTests : SpaceSettingsContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

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

    [Fact]
    public async Task ARowSavedBeforeMigration16_ReadsTheNewSettingsAsDefaults()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(12)]).EnsureMigratedAsync(CancellationToken.None);
        await _db.ExecuteAsync("INSERT INTO space_settings (platform, space_id, time_zone, version) VALUES ('discord', 'g1', 'Asia/Tokyo', 3);");

        var read = await Open().GetAsync("discord", "g1", CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, (int)await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(SpaceSettings.None with { TimeZone = "Asia/Tokyo", Version = 3 }, read);
    }

    [Fact]
    public async Task Permissions_AreStoredAsJson_ByMemberName()
    {
        var set = new SpaceSettings
        {
            Permissions = ImmutableDictionary<SpaceAction, Audience>.Empty
                .Add(SpaceAction.Control, Audience.HostAndModerators)
                .Add(SpaceAction.Vote, Audience.Participants)
                .Add(SpaceAction.Start, Audience.Moderators),
        };

        await Open().SaveAsync("slack", "T1", set, CancellationToken.None);

        Assert.Equal("{\"Start\":\"Moderators\",\"Control\":\"HostAndModerators\",\"Vote\":\"Participants\"}",
            await _db.TextAsync("SELECT permissions FROM space_settings;"));
    }

    private SqliteSpaceSettingsStore Open() => new(_db.OpenStore().Database);
}
