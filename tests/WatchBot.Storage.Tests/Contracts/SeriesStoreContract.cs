using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// <see cref="ISeriesStore"/> and its writer, on every provider: a series written beside a session comes
/// back whole after a restart; a stale version refuses the whole commit.
/// </summary>
public abstract class SeriesStoreContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static MovieSeries Club() => new()
    {
        Id = new SeriesId("series000001"),
        Channel = new ChannelAddress("test", "guild-1", "channel-1"),
        Title = "Friday \"Film\" Club 🎬",
        Host = new UserRef("test", "u-alice", "alice"),
        TimeZone = "America/New_York",
        LocalTime = new TimeOnly(20, 30, 15),
        FirstDate = new DateOnly(2026, 10, 30),
        Repeat = new Recurrence(RecurrenceKind.MonthlyByWeekday, 2),
        Until = new DateOnly(2027, 6, 30),
        Runtime = TimeSpan.FromMinutes(137),
        Policy = ControlPolicy.Everyone,
        Seats = 12,
        ReminderLeads = [TimeSpan.FromHours(24), TimeSpan.FromMinutes(15)],
        Skipped = [new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 29)],
        LastBooked = new DateOnly(2027, 2, 26),
        CreatedAt = new DateTimeOffset(2026, 10, 1, 12, 0, 0, 123, TimeSpan.Zero),
    };

    [Fact]
    public async Task Commit_NewSeries_ComesBackWithEveryMember_AtVersion1_AfterARestart_AndIsListedAsActive()
    {
        var club = Club();
        var first = await Storage.OpenFeaturesAsync(TimeProvider.System);
        await first.Sessions.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled), [], []) { Changes = [new SeriesChange(club)] }, None);

        var series = (await Storage.OpenFeaturesAsync(TimeProvider.System)).Series;
        var read = await series.GetAsync(club.Id, None);
        Assert.Equal(club with { Version = 1, ReminderLeads = read!.ReminderLeads, Skipped = read.Skipped }, read);
        Assert.Equal(club.ReminderLeads, read.ReminderLeads);
        Assert.Equal(club.Skipped.Order(), read.Skipped.Order());
        Assert.Equal(club.Id, Assert.Single(await series.ListActiveAsync(club.Channel, None)).Id);
        Assert.Single(await series.ListActiveInSpaceAsync("test", "guild-1", None));
        Assert.Empty(await series.ListActiveInSpaceAsync("test", "guild-2", None));
        Assert.Empty(await series.ListActiveAsync(club.Channel with { ChannelId = "other" }, None));
        Assert.Null(await series.GetAsync(new SeriesId("nosuchseries"), None));
    }

    [Fact]
    public async Task Commit_SeriesWithOnlyItsRequiredMembers_ComesBackWithNulls_AndInstantsInWholeMilliseconds()
    {
        // Another offset and a fraction of a millisecond: both providers keep the instant, in UTC, to the millisecond.
        var created = new DateTimeOffset(2026, 10, 1, 14, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4_567);
        var bare = Club() with { Until = null, Runtime = null, Policy = null, Seats = null, ReminderLeads = [], Skipped = [], LastBooked = null, CreatedAt = created };
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);
        await stores.Sessions.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled), [], []) { Changes = [new SeriesChange(bare)] }, None);

        var read = (await stores.Series.GetAsync(bare.Id, None))!;

        Assert.Equal(bare with { Version = 1, ReminderLeads = read.ReminderLeads, Skipped = read.Skipped, CreatedAt = created.AddTicks(-4_567) }, read);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
        Assert.Empty(read.ReminderLeads);
        Assert.Empty(read.Skipped);
    }

    [Fact]
    public async Task SeriesCreatedAtTheSameInstant_AreListedByIdComparedBytewise()
    {
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);
        string[] ids = ["series-b", "series-B", "series-a"];
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var commit = new SessionCommit(Samples.Session(SessionPhase.Scheduled) with { Id = new SessionId($"s{i}") }, [], []) { Changes = [new SeriesChange(Club() with { Id = new SeriesId(id) })] };
            await stores.Sessions.CommitAsync(commit, None);
        }

        // Upper case sorts before lower case, byte by byte, whatever the database's collation says.
        Assert.Equal(["series-B", "series-a", "series-b"], (await stores.Series.ListAllActiveAsync(None)).Select(s => s.Id.Value));
    }

    [Fact]
    public async Task Commit_SeriesAtAStaleVersion_RefusesTheWholeCommit_AndAnEndedSeriesIsNotActive()
    {
        var stores = await Storage.OpenFeaturesAsync(TimeProvider.System);
        var (store, series) = (stores.Sessions, stores.Series);
        var club = Club();
        await store.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled), [], []) { Changes = [new SeriesChange(club)] }, None);
        var stored = (await series.GetAsync(club.Id, None))!;
        await store.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled) with { Id = new SessionId("s2") }, [], []) { Changes = [new SeriesChange(stored with { EndedAt = stored.CreatedAt.AddDays(1) })] }, None);

        var stale = new SessionCommit(Samples.Session(SessionPhase.Scheduled) with { Id = new SessionId("s3") }, [], []) { Changes = [new SeriesChange(stored with { Title = "late" })] };
        await Assert.ThrowsAsync<AggregateVersionConflictException>(() => store.CommitAsync(stale, None));

        // A second insert of the same series (two writers creating it) is a conflict too.
        var twice = new SessionCommit(Samples.Session(SessionPhase.Scheduled) with { Id = new SessionId("s4") }, [], []) { Changes = [new SeriesChange(club)] };
        await Assert.ThrowsAsync<AggregateVersionConflictException>(() => store.CommitAsync(twice, None));

        Assert.Null(await store.GetAsync(new SessionId("s3"), None));
        Assert.Null(await store.GetAsync(new SessionId("s4"), None));
        var read = (await series.GetAsync(club.Id, None))!;
        Assert.Equal((2L, club.Title, club.CreatedAt.AddDays(1)), (read.Version, read.Title, read.EndedAt));
        Assert.Empty(await series.ListAllActiveAsync(None));
    }
}
