using System.Collections.Immutable;
using WatchBot.Core.Features.Spaces;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>Migration 16's settings (permissions, control threshold, audit channel, age-restricted channels) in the real file.</summary>
public sealed class SqliteSpaceSettingsPermissionsTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task EverySetting_SurvivesAReopen_AndClearing_ReadsTheDefaultsBack()
    {
        var set = new SpaceSettings
        {
            TimeZone = "Europe/Paris",
            Permissions = ImmutableDictionary<SpaceAction, Audience>.Empty
                .Add(SpaceAction.Control, Audience.HostAndModerators)
                .Add(SpaceAction.Vote, Audience.Participants)
                .Add(SpaceAction.Start, Audience.Moderators),
            ControlFallsAbove = 8,
            AuditChannelId = "C0MODLOG",
            AgeRestrictedChannels = ["C1", "C2"],
        };

        var saved = await Open().SaveAsync("slack", "T1", set, CancellationToken.None);
        var reread = await Open().GetAsync("slack", "T1", CancellationToken.None);

        Assert.Equal(1, reread.Version);
        Assert.Equal("Europe/Paris", reread.TimeZone);
        Assert.Equal(set.Permissions.OrderBy(p => p.Key), reread.Permissions.OrderBy(p => p.Key));
        Assert.Equal(8, reread.ControlFallsAbove);
        Assert.Equal("C0MODLOG", reread.AuditChannelId);
        Assert.Equal(["C1", "C2"], reread.AgeRestrictedChannels.Order(StringComparer.Ordinal));
        Assert.Equal("{\"Start\":\"Moderators\",\"Control\":\"HostAndModerators\",\"Vote\":\"Participants\"}",
            await _db.TextAsync("SELECT permissions FROM space_settings;"));

        var cleared = await Open().SaveAsync("slack", "T1", SpaceSettings.None with { Version = saved.Version }, CancellationToken.None);
        Assert.Equal(SpaceSettings.None with { Version = 2 }, cleared);
        Assert.Equal(SpaceSettings.None with { Version = 2 }, await Open().GetAsync("slack", "T1", CancellationToken.None));
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
    public async Task AnActionOrAudienceThisBuildDoesNotKnow_IsSkipped_NotACrash()
    {
        await Open().SaveAsync("shell", "local", new SpaceSettings { ControlFallsAbove = 0 }, CancellationToken.None);
        await _db.ExecuteAsync("""UPDATE space_settings SET permissions = '{"Teleport":"Everyone","End":"Aliens","React":"Moderators","Vote":"7"}';""");

        var read = await Open().GetAsync("shell", "local", CancellationToken.None);

        Assert.Equal([KeyValuePair.Create(SpaceAction.React, Audience.Moderators)], read.Permissions);
        Assert.Equal(0, read.ControlFallsAbove);
    }

    private SqliteSpaceSettingsStore Open() => new(_db.OpenStore().Database);
}
