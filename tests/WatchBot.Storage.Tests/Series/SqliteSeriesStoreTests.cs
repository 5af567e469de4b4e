using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Series;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Series;

/// <summary>A series written beside a session comes back whole; a stale version refuses the whole commit.</summary>
public sealed class SqliteSeriesStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

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

    private async Task<(SqliteSessionStore Store, SqliteSeriesStore Series)> OpenAsync()
    {
        var store = new SqliteSessionStore(Microsoft.Extensions.Options.Options.Create(_db.StorageOptions), Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteSessionStore>.Instance, [new SqliteSeriesWriter()]);
        await store.InitializeAsync(None);
        return (store, new SqliteSeriesStore(store.Database));
    }

    [Fact]
    public async Task Commit_NewSeries_ComesBackWithEveryMember_AtVersion1_AndIsListedAsActive()
    {
        var (store, series) = await OpenAsync();
        using var _ = store;
        var club = Club();

        await store.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled), [], []) { Changes = [new SeriesChange(club)] }, None);

        var read = await series.GetAsync(club.Id, None);
        Assert.Equal(club with { Version = 1, ReminderLeads = read!.ReminderLeads, Skipped = read.Skipped }, read);
        Assert.Equal(club.ReminderLeads, read.ReminderLeads);
        Assert.Equal(club.Skipped.Order(), read.Skipped.Order());
        Assert.Equal(club.Id, Assert.Single(await series.ListActiveAsync(club.Channel, None)).Id);
        Assert.Single(await series.ListActiveInSpaceAsync("test", "guild-1", None));
        Assert.Empty(await series.ListActiveAsync(club.Channel with { ChannelId = "other" }, None));
    }

    [Fact]
    public async Task Commit_SeriesAtAStaleVersion_RefusesTheWholeCommit_AndAnEndedSeriesIsNotActive()
    {
        var (store, series) = await OpenAsync();
        using var _ = store;
        var club = Club();
        await store.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled), [], []) { Changes = [new SeriesChange(club)] }, None);
        var stored = (await series.GetAsync(club.Id, None))!;
        await store.CommitAsync(new SessionCommit(Samples.Session(SessionPhase.Scheduled) with { Id = new SessionId("s2") }, [], []) { Changes = [new SeriesChange(stored with { EndedAt = stored.CreatedAt.AddDays(1) })] }, None);

        var stale = new SessionCommit(Samples.Session(SessionPhase.Scheduled) with { Id = new SessionId("s3") }, [], []) { Changes = [new SeriesChange(stored with { Title = "late" })] };
        await Assert.ThrowsAsync<AggregateVersionConflictException>(() => store.CommitAsync(stale, None));

        Assert.Null(await store.GetAsync(new SessionId("s3"), None));
        Assert.Equal((2L, club.Title), ((await series.GetAsync(club.Id, None))!.Version, (await series.GetAsync(club.Id, None))!.Title));
        Assert.Empty(await series.ListAllActiveAsync(None));
    }
}
