using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Breaks;

/// <summary>Forget-me and retention clear a person's asks for a break (the breaks taken name no one).</summary>
public sealed class BreakPersonalDataTests : IDisposable
{
    private static readonly UserRef Zelda = new("discord", "u-zelda-4711", "Zelda Quüx");

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ForgetMe_RemovesTheirAsks_EvenWhereTheyAreNotAParticipant_AndKeepsOthers()
    {
        var store = _db.OpenStore();
        var ended = Samples.Session(SessionPhase.Ended, id: "ended0000001") with
        {
            BreakRequests = [new BreakRequest(Zelda, Samples.T0, Open: false), new BreakRequest(Samples.Bob, Samples.T0)],
            BreaksTaken = [new BreakTaken(TimeSpan.FromMinutes(3), Samples.T0, Samples.T0.AddMinutes(5))],
        };
        await store.SaveAsync(ended, CancellationToken.None);

        await new SqlitePersonalData(store.Database, TimeProvider.System).ForgetAsync("discord", "guild-1", Zelda.Id, Zelda.DisplayName, CancellationToken.None);

        var loaded = (await store.GetAsync(ended.Id, CancellationToken.None))!;
        Assert.Equal([Samples.Bob], loaded.BreakRequests.Select(r => r.By));
        Assert.Equal(ended.BreaksTaken, loaded.BreaksTaken);
        Assert.Equal(ended.Version + 2, loaded.Version);
        Assert.DoesNotContain(await DatabaseScan.FindAsync(_db.FilePath, Zelda.Id, Zelda.DisplayName), hit => hit.Column is "break_requests");
    }

    [Fact]
    public async Task Retention_EmptiesTheAsksOfOldEndedSessions()
    {
        var store = _db.OpenStore();
        var ended = Samples.Session(SessionPhase.Ended, id: "ended0000002") with
        {
            Participants = [],
            BreakRequests = [new BreakRequest(Zelda, Samples.T0, Open: false)],
        };
        await store.SaveAsync(ended, CancellationToken.None);

        var cleared = await new SqlitePersonalData(store.Database, TimeProvider.System).ForgetEndedSessionsAsync(Samples.T0.AddDays(1), CancellationToken.None);

        Assert.Equal(1, cleared);
        Assert.Empty((await store.GetAsync(ended.Id, CancellationToken.None))!.BreakRequests);
        Assert.Empty(await DatabaseScan.FindAsync(_db.FilePath, Zelda.Id));
    }
}
