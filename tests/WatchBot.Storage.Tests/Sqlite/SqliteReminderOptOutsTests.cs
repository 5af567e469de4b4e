using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>Reminder opt-outs (migration 11): per platform, space and person; off twice or on twice changes nothing.</summary>
public sealed class SqliteReminderOptOutsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db = new();

    [Fact]
    public async Task OptOuts_AreKeptPerPlatformAndSpace_SurviveReopening_AndTurnBackOn()
    {
        var optOuts = new SqliteReminderOptOuts(_db.OpenStore().Database);

        Assert.True(await optOuts.SetAsync("discord", "G1", "111", optedOut: true, At, CancellationToken.None));
        Assert.False(await optOuts.SetAsync("discord", "G1", "111", optedOut: true, At, CancellationToken.None));
        Assert.True(await optOuts.SetAsync("discord", "G1", "222", optedOut: true, At, CancellationToken.None));
        Assert.True(await optOuts.SetAsync("slack", "G1", "111", optedOut: true, At, CancellationToken.None));

        var reopened = new SqliteReminderOptOuts(_db.OpenStore().Database);
        Assert.Equal(["111", "222"], (await reopened.ListAsync("discord", "G1", CancellationToken.None)).Order());
        Assert.Empty(await reopened.ListAsync("discord", "G2", CancellationToken.None));

        Assert.True(await reopened.SetAsync("discord", "G1", "111", optedOut: false, At, CancellationToken.None));
        Assert.False(await reopened.SetAsync("discord", "G1", "111", optedOut: false, At, CancellationToken.None));
        Assert.Equal(["222"], await reopened.ListAsync("discord", "G1", CancellationToken.None));
        Assert.Equal(["111"], await reopened.ListAsync("slack", "G1", CancellationToken.None));
    }

    public void Dispose() => _db.Dispose();
}
