using System.Collections.Immutable;
using WatchBot.Core.Features.Spaces;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Each space's settings: versioned saves, every setting, and what a restarted process reads.</summary>
public abstract class SpaceSettingsContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
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

        var cleared = await Open().SaveAsync("slack", "T1", SpaceSettings.None with { Version = saved.Version }, CancellationToken.None);
        Assert.Equal(SpaceSettings.None with { Version = 2 }, cleared);
        Assert.Equal(SpaceSettings.None with { Version = 2 }, await Open().GetAsync("slack", "T1", CancellationToken.None));
    }

    [Fact]
    public async Task AnActionOrAudienceThisBuildDoesNotKnow_IsSkipped_NotACrash()
    {
        await Open().SaveAsync("shell", "local", new SpaceSettings { ControlFallsAbove = 0 }, CancellationToken.None);
        await Storage.ExecuteAsync("""UPDATE space_settings SET permissions = '{"Teleport":"Everyone","End":"Aliens","React":"Moderators","Vote":"7"}';""");

        var read = await Open().GetAsync("shell", "local", CancellationToken.None);

        Assert.Equal([KeyValuePair.Create(SpaceAction.React, Audience.Moderators)], read.Permissions);
        Assert.Equal(0, read.ControlFallsAbove);
    }

    /// <summary>A new store, as the host builds it: what a restarted process reads.</summary>
    private ISpaceSettingsStore Open() => Storage.OpenSpaceSettings();
}
