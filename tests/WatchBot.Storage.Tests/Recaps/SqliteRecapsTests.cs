using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Recaps;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Recaps;

/// <summary>Recaps kept with the session's end on a real SQLite file, read back, and cleared by forget-me and retention.</summary>
public sealed class SqliteRecapsTests : IDisposable
{
    private const string ZeldaName = "Zelda Quüx";
    private static readonly UserRef Zelda = new("discord", "u-zelda-4711", ZeldaName);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AnEndedSessionsRecap_IsCommittedWithIt_AndReadBackWhole_ByANewProcess()
    {
        var kept = await EndAsync("ended-1", Samples.Channel, Samples.T0.AddHours(2), Zelda, "her <@everyone> note");

        var recaps = new SqliteRecaps(_db.OpenStore().Database);
        var read = await recaps.LastAsync(Samples.Channel, CancellationToken.None);

        Assert.Equal(kept, read);
        Assert.Equal("her <@everyone> note", Assert.Single(read!.Recap.Timeline).Notes[0]);
        Assert.Null(await recaps.LastAsync(Samples.OtherChannel, CancellationToken.None));
    }

    [Fact]
    public async Task LastAsync_IsTheChannelsLatestEnd()
    {
        await EndAsync("ended-1", Samples.Channel, Samples.T0.AddHours(2), Samples.Alice, null);
        await EndAsync("ended-2", Samples.Channel, Samples.T0.AddHours(5), Samples.Bob, null);
        await EndAsync("ended-3", Samples.OtherChannel, Samples.T0.AddHours(6), Samples.Bob, null);

        var read = await new SqliteRecaps(_db.OpenStore().Database).LastAsync(Samples.Channel, CancellationToken.None);

        Assert.Equal(new SessionId("ended-2"), read!.Session);
    }

    [Fact]
    public async Task ForgetMe_DeletesTheRecapsNamingThePerson_InThatSpaceOnly()
    {
        var store = _db.OpenStore();
        await EndAsync("with-zelda", Samples.Channel, Samples.T0.AddHours(2), Zelda, "mine");
        await EndAsync("without", Samples.OtherChannel, Samples.T0.AddHours(2), Samples.Bob, null);
        await EndAsync("elsewhere", Samples.Channel with { SpaceId = "guild-2" }, Samples.T0.AddHours(2), Zelda, null);
        var data = new SqlitePersonalData(store.Database, TimeProvider.System);

        // my-data knows the id alone: the recap naming her in guild-1 is counted, the one elsewhere is not.
        Assert.Equal(1, (await data.DescribeAsync("discord", "guild-1", Zelda.Id, CancellationToken.None)).Recaps);
        var forgotten = await data.ForgetAsync("discord", "guild-1", Zelda.Id, ZeldaName, CancellationToken.None);

        Assert.Equal(1, forgotten.Forgotten.Recaps);
        Assert.Equal(0, (await data.DescribeAsync("discord", "guild-1", Zelda.Id, CancellationToken.None)).Recaps);

        var recaps = new SqliteRecaps(store.Database);
        Assert.Null(await recaps.LastAsync(Samples.Channel, CancellationToken.None));
        Assert.NotNull(await recaps.LastAsync(Samples.OtherChannel, CancellationToken.None));
        Assert.NotNull(await recaps.LastAsync(Samples.Channel with { SpaceId = "guild-2" }, CancellationToken.None));
        var hits = await DatabaseScan.FindAsync(_db.FilePath, Zelda.Id, ZeldaName);
        Assert.DoesNotContain(hits, hit => hit.Table == "recaps" && Equals(hit.Row["space_id"], "guild-1"));
    }

    [Fact]
    public async Task Retention_DeletesTheRecapsOfSessionsEndedBeforeTheCutoff()
    {
        var store = _db.OpenStore();
        await EndAsync("old", Samples.Channel, Samples.T0.AddHours(1), Zelda, "old note");
        await EndAsync("new", Samples.OtherChannel, Samples.T0.AddHours(3), Zelda, null);

        await new SqlitePersonalData(store.Database, TimeProvider.System).ForgetEndedSessionsAsync(Samples.T0.AddHours(2), CancellationToken.None);

        var recaps = new SqliteRecaps(store.Database);
        Assert.Null(await recaps.LastAsync(Samples.Channel, CancellationToken.None));
        Assert.NotNull(await recaps.LastAsync(Samples.OtherChannel, CancellationToken.None));
    }

    [Fact]
    public async Task ARowThatNoLongerReads_IsNoRecap()
    {
        await EndAsync("ended-1", Samples.Channel, Samples.T0.AddHours(2), Samples.Alice, null);
        await _db.ExecuteAsync("UPDATE recaps SET content = '{\"Recap\": 42}';");

        Assert.Null(await new SqliteRecaps(_db.OpenStore().Database).LastAsync(Samples.Channel, CancellationToken.None));
    }

    /// <summary>Commits a session's end with its recap, as the coordinator does: one transaction.</summary>
    private async Task<KeptRecap> EndAsync(string id, ChannelAddress channel, DateTimeOffset endedAt, UserRef who, string? note)
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);
        var session = Samples.Session(SessionPhase.Ended, channel, id) with { EndedAt = endedAt, Participants = [who], BreaksTaken = [new BreakTaken(TimeSpan.FromMinutes(45), endedAt.AddMinutes(-50), endedAt.AddMinutes(-44))] };
        Reaction[] reactions = [new(1, "😂", note, TimeSpan.FromMinutes(12), who, endedAt.AddMinutes(-30))];
        var recap = Recap.Of(session with { Reactions = Samples.Summary(reactions) }, endedAt).WithReactions(reactions);
        var kept = KeptRecap.Of(new SessionEnded(session, recap, who));
        await store.CommitAsync(new SessionCommit(session with { Reactions = Samples.Summary(reactions) }, reactions, []) { Changes = [new RecapKept(channel, kept)] }, CancellationToken.None);
        return kept;
    }
}
