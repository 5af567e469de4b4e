using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// <see cref="IRecaps"/> and its writer, on every provider: recaps kept with the session's end, read back
/// by a new process, and cleared by forget-me and retention.
/// </summary>
public abstract class RecapsContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private const string ZeldaName = "Zelda Quüx";
    private static readonly UserRef Zelda = new("discord", "u-zelda-4711", ZeldaName);
    private static readonly CancellationToken None = CancellationToken.None;
    [Fact]
    public async Task AnEndedSessionsRecap_IsCommittedWithIt_AndReadBackWhole_ByANewProcess()
    {
        var kept = await EndAsync("ended-1", Samples.Channel, Samples.T0.AddHours(2), Zelda, "her <@everyone> note");

        var recaps = (await Storage.OpenFeaturesAsync(TimeProvider.System)).Recaps;
        var read = await recaps.LastAsync(Samples.Channel, None);

        Assert.Equal(kept, read);
        Assert.Equal("her <@everyone> note", Assert.Single(read!.Recap.Timeline).Notes[0]);
        Assert.Null(await recaps.LastAsync(Samples.OtherChannel, None));
    }

    [Fact]
    public async Task LastAsync_IsTheChannelsLatestEnd()
    {
        await EndAsync("ended-1", Samples.Channel, Samples.T0.AddHours(2), Samples.Alice, null);
        await EndAsync("ended-2", Samples.Channel, Samples.T0.AddHours(5), Samples.Bob, null);
        await EndAsync("ended-3", Samples.OtherChannel, Samples.T0.AddHours(6), Samples.Bob, null);

        var read = await (await Storage.OpenFeaturesAsync(TimeProvider.System)).Recaps.LastAsync(Samples.Channel, None);

        Assert.Equal(new SessionId("ended-2"), read!.Session);
    }

    [Fact]
    public async Task ForgetMe_DeletesTheRecapsNamingThePerson_InThatSpaceOnly()
    {
        await EndAsync("with-zelda", Samples.Channel, Samples.T0.AddHours(2), Zelda, "mine");
        await EndAsync("without", Samples.OtherChannel, Samples.T0.AddHours(2), Samples.Bob, null);
        await EndAsync("elsewhere", Samples.Channel with { SpaceId = "guild-2" }, Samples.T0.AddHours(2), Zelda, null);
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);

        // my-data knows the id alone: the recap naming her in guild-1 is counted, the one elsewhere is not.
        Assert.Equal(1, (await stores.PersonalData.DescribeAsync("discord", "guild-1", Zelda.Id, None)).Recaps);
        var forgotten = await stores.PersonalData.ForgetAsync("discord", "guild-1", Zelda.Id, ZeldaName, None);

        Assert.Equal(1, forgotten.Forgotten.Recaps);
        Assert.Equal(0, (await stores.PersonalData.DescribeAsync("discord", "guild-1", Zelda.Id, None)).Recaps);

        Assert.Null(await stores.Recaps.LastAsync(Samples.Channel, None));
        Assert.NotNull(await stores.Recaps.LastAsync(Samples.OtherChannel, None));
        Assert.NotNull(await stores.Recaps.LastAsync(Samples.Channel with { SpaceId = "guild-2" }, None));
        var hits = await Storage.ScanAsync(Zelda.Id, ZeldaName);
        Assert.DoesNotContain(hits, hit => hit.Table == "recaps" && Equals(hit.Row["space_id"], "guild-1"));
        Assert.Contains(hits, hit => hit.Table == "recaps" && Equals(hit.Row["space_id"], "guild-2"));
    }

    [Fact]
    public async Task Retention_DeletesTheRecapsOfSessionsEndedBeforeTheCutoff()
    {
        await EndAsync("old", Samples.Channel, Samples.T0.AddHours(1), Zelda, "old note");
        await EndAsync("new", Samples.OtherChannel, Samples.T0.AddHours(3), Zelda, null);
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);

        await stores.PersonalData.ForgetEndedSessionsAsync(Samples.T0.AddHours(2), None);

        Assert.Null(await stores.Recaps.LastAsync(Samples.Channel, None));
        Assert.NotNull(await stores.Recaps.LastAsync(Samples.OtherChannel, None));
    }

    [Fact]
    public async Task ARowThatNoLongerReads_IsNoRecap()
    {
        await EndAsync("ended-1", Samples.Channel, Samples.T0.AddHours(2), Samples.Alice, null);
        await Storage.ExecuteAsync("UPDATE recaps SET content = '{\"Recap\": 42}';");

        Assert.Null(await (await Storage.OpenFeaturesAsync(TimeProvider.System)).Recaps.LastAsync(Samples.Channel, None));
    }

    /// <summary>Commits a session's end with its recap, as the coordinator does: one transaction.</summary>
    private async Task<KeptRecap> EndAsync(string id, ChannelAddress channel, DateTimeOffset endedAt, UserRef who, string? note)
    {
        var store = (await Storage.OpenFeaturesAsync(TimeProvider.System)).Sessions;
        var session = Samples.Session(SessionPhase.Ended, channel, id) with { EndedAt = endedAt, Participants = [who], BreaksTaken = [new BreakTaken(TimeSpan.FromMinutes(45), endedAt.AddMinutes(-50), endedAt.AddMinutes(-44))] };
        Reaction[] reactions = [new(1, "😂", note, TimeSpan.FromMinutes(12), who, endedAt.AddMinutes(-30))];
        var recap = Recap.Of(session with { Reactions = Samples.Summary(reactions) }, endedAt).WithReactions(reactions);
        var kept = KeptRecap.Of(new SessionEnded(session, recap, who));
        await store.CommitAsync(new SessionCommit(session with { Reactions = Samples.Summary(reactions) }, reactions, []) { Changes = [new RecapKept(channel, kept)] }, None);
        return kept;
    }
}
