using WatchBot.Engine.Ports;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Bans (migration 14): by platform, space and id; expiry on the given clock; kept across reopening.</summary>
public abstract class BansContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly DateTimeOffset Now = TestTime.Start;

    private readonly FakeTimeProvider _time = new(TestTime.Start);

    [Fact]
    public async Task ABan_RoundTrips_AndSurvivesReopening_PerPlatformAndSpace()
    {
        var bans = Storage.OpenBans(_time);
        var week = new BanRecord("discord", "G1", "111", Now.AddDays(7), "spoilers 🍿", "222", Now);
        await bans.PutAsync(week, CancellationToken.None);
        await bans.PutAsync(new BanRecord("discord", "G1", "333", null, null, "222", Now), CancellationToken.None);

        var reopened = Storage.OpenBans(_time);

        Assert.Equal(week, await reopened.FindAsync("discord", "G1", "111", CancellationToken.None));
        Assert.Equal(new BanRecord("discord", "G1", "333", null, null, "222", Now), await reopened.FindAsync("discord", "G1", "333", CancellationToken.None));
        Assert.Null(await reopened.FindAsync("discord", "G2", "111", CancellationToken.None));
        Assert.Null(await reopened.FindAsync("slack", "G1", "111", CancellationToken.None));
        Assert.Equal(2, await Storage.ScalarAsync("SELECT COUNT(*) FROM bans;"));
    }

    [Fact]
    public async Task ABan_StopsCounting_WhenItsEndComes_AndANewOneReplacesIt()
    {
        var bans = Storage.OpenBans(_time);
        await bans.PutAsync(new BanRecord("slack", "T1", "U1", Now.AddHours(12), null, "U2", Now), CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMilliseconds(1));
        var justBefore = await bans.FindAsync("slack", "T1", "U1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var atTheEnd = await bans.FindAsync("slack", "T1", "U1", CancellationToken.None);
        await bans.PutAsync(new BanRecord("slack", "T1", "U1", null, "again", "U3", _time.GetUtcNow()), CancellationToken.None);
        var renewed = await bans.FindAsync("slack", "T1", "U1", CancellationToken.None);

        Assert.NotNull(justBefore);
        Assert.Null(atTheEnd);
        Assert.Equal(("again", "U3", (DateTimeOffset?)null), (renewed!.Reason, renewed.ById, renewed.Until));
        Assert.Equal(1, await Storage.ScalarAsync("SELECT COUNT(*) FROM bans;"));
    }

    [Fact]
    public async Task Remove_SaysWhetherABanWasInForce_AndDeletesTheRowEitherWay()
    {
        var bans = Storage.OpenBans(_time);
        await bans.PutAsync(new BanRecord("shell", "local", "bob", null, null, "carol", Now), CancellationToken.None);
        await bans.PutAsync(new BanRecord("shell", "local", "dan", Now.AddMinutes(1), null, "carol", Now), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await bans.RemoveAsync("shell", "local", "bob", CancellationToken.None));
        Assert.False(await bans.RemoveAsync("shell", "local", "bob", CancellationToken.None));
        Assert.False(await bans.RemoveAsync("shell", "local", "dan", CancellationToken.None));
        Assert.Equal(0, await Storage.ScalarAsync("SELECT COUNT(*) FROM bans;"));
    }
}
