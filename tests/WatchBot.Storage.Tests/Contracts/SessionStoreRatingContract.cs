using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>An age-restricted session (<c>rated:18</c>, schema version 17) as stored and read back.</summary>
public abstract class SessionStoreRatingContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task ARatedSession_IsStoredAsOne_AndReadBackRatedAfterARestart()
    {
        var rated = Samples.Session(SessionPhase.Scheduled) with { Adult = true };
        var plain = Samples.Session(SessionPhase.Scheduled, id: "plain0000001");
        await Storage.OpenSessions().SaveAsync(rated, CancellationToken.None);
        await Storage.OpenSessions().SaveAsync(plain, CancellationToken.None);

        // A new store on the database: what the process sees after a restart.
        var store = Storage.OpenSessions();
        Assert.True((await store.GetAsync(rated.Id, CancellationToken.None))!.Adult);
        Assert.False((await store.GetAsync(plain.Id, CancellationToken.None))!.Adult);
        Assert.Equal(1, await Storage.ScalarAsync($"SELECT adult FROM sessions WHERE id = '{rated.Id}';"));
        Assert.Equal(0, await Storage.ScalarAsync($"SELECT adult FROM sessions WHERE id = '{plain.Id}';"));
    }
}
