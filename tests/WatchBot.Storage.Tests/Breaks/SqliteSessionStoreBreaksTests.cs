using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Breaks;

/// <summary>The break columns of a session (schema version 18): asks for a break and breaks taken.</summary>
public sealed class SqliteSessionStoreBreaksTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Save_ThenReopen_RoundTripsRequestsAndBreaks()
    {
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        var loaded = await _db.OpenStore().GetAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.Equal(2, loaded!.BreakRequests.Count);
        Assert.Null(loaded.BreaksTaken[^1].EndedAt);
    }

    [Fact]
    public async Task Save_StoresTheStoredFormat()
    {
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        Assert.Equal(
            """[{"id":"u-bob","name":"Bob","at":1741984860007,"open":true},{"id":"u-alice","name":"Alice","at":1741984200000,"open":false}]""",
            await _db.TextAsync($"SELECT break_requests FROM sessions WHERE id = '{session.Id}';"));
        Assert.Equal(
            """[{"position_ms":1200345,"started_at":1741983600000,"ended_at":1741983900001},{"position_ms":2520456,"started_at":1741984920000,"ended_at":null}]""",
            await _db.TextAsync($"SELECT breaks_taken FROM sessions WHERE id = '{session.Id}';"));
    }
}
