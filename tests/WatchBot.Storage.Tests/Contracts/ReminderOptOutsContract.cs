
namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Reminder opt-outs (migration 11): per platform, space and person; off twice or on twice changes nothing.</summary>
public abstract class ReminderOptOutsContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OptOuts_AreKeptPerPlatformAndSpace_SurviveReopening_AndTurnBackOn()
    {
        var optOuts = Storage.OpenReminderOptOuts();

        Assert.True(await optOuts.SetAsync("discord", "G1", "111", optedOut: true, At, CancellationToken.None));
        Assert.False(await optOuts.SetAsync("discord", "G1", "111", optedOut: true, At, CancellationToken.None));
        Assert.True(await optOuts.SetAsync("discord", "G1", "222", optedOut: true, At, CancellationToken.None));
        Assert.True(await optOuts.SetAsync("slack", "G1", "111", optedOut: true, At, CancellationToken.None));

        var reopened = Storage.OpenReminderOptOuts();
        Assert.Equal(["111", "222"], (await reopened.ListAsync("discord", "G1", CancellationToken.None)).Order());
        Assert.Empty(await reopened.ListAsync("discord", "G2", CancellationToken.None));

        Assert.True(await reopened.SetAsync("discord", "G1", "111", optedOut: false, At, CancellationToken.None));
        Assert.False(await reopened.SetAsync("discord", "G1", "111", optedOut: false, At, CancellationToken.None));
        Assert.Equal(["222"], await reopened.ListAsync("discord", "G1", CancellationToken.None));
        Assert.Equal(["111"], await reopened.ListAsync("slack", "G1", CancellationToken.None));
    }
}
