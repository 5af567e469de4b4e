
namespace WatchBot.Storage.Tests.Contracts;

public abstract class PlatformTablesContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task PlatformLinks_SetGetReplaceDelete_AndSurviveReopening()
    {
        var links = Storage.OpenLinks();
        Assert.Null(await links.GetAsync("discord", "session-message:abc", CancellationToken.None));

        await links.SetAsync("discord", "session-message:abc", "123/456", CancellationToken.None);
        await links.SetAsync("discord", "session-message:abc", "123/789", CancellationToken.None);
        await links.SetAsync("slack", "session-message:abc", "C1/1.000200", CancellationToken.None);

        var reopened = Storage.OpenLinks();
        Assert.Equal("123/789", await reopened.GetAsync("discord", "session-message:abc", CancellationToken.None));
        Assert.Equal("C1/1.000200", await reopened.GetAsync("slack", "session-message:abc", CancellationToken.None));

        await reopened.DeleteAsync("discord", "session-message:abc", CancellationToken.None);
        Assert.Null(await reopened.GetAsync("discord", "session-message:abc", CancellationToken.None));
        Assert.NotNull(await reopened.GetAsync("slack", "session-message:abc", CancellationToken.None));
    }

    [Fact]
    public async Task SpaceModerators_AreKeptPerPlatformAndSpace_AndAddingTwiceIsHarmless()
    {
        var moderators = Storage.OpenModerators();

        await moderators.AddAsync("slack", "T1", "U2", "U1", CancellationToken.None);
        await moderators.AddAsync("slack", "T1", "U2", "U9", CancellationToken.None);
        await moderators.AddAsync("slack", "T1", "U3", "U1", CancellationToken.None);

        Assert.True(await moderators.IsModeratorAsync("slack", "T1", "U2", CancellationToken.None));
        Assert.False(await moderators.IsModeratorAsync("slack", "T2", "U2", CancellationToken.None));
        Assert.False(await moderators.IsModeratorAsync("discord", "T1", "U2", CancellationToken.None));
        Assert.Equal(["U2", "U3"], await moderators.ListAsync("slack", "T1", CancellationToken.None));

        await moderators.RemoveAsync("slack", "T1", "U2", CancellationToken.None);
        Assert.False(await moderators.IsModeratorAsync("slack", "T1", "U2", CancellationToken.None));
    }
}
