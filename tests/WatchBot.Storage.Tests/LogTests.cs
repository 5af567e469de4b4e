using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests;

public sealed class LogTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Store_LogsOpeningAndMigration_InItsEventIdRange_AndNeverUserText()
    {
        var logger = new RecordingLogger<SqliteSessionStore>();
        var store = _db.OpenStore(logger);
        var secret = new UserRef("discord", "u-secret", "SECRET-NAME");
        var live = Samples.Session(SessionPhase.Playing) with
        {
            Title = "SECRET-TITLE",
            Host = secret,
            Participants = [secret],
            Reactions = Samples.Summary(new Reaction(1, "😂", "SECRET-NOTE", TimeSpan.FromSeconds(3), secret, Samples.T0)),
        };

        await store.SaveAsync(live, [new Reaction(1, "😂", "SECRET-NOTE", TimeSpan.FromSeconds(3), secret, Samples.T0)], CancellationToken.None);
        await Assert.ThrowsAsync<LiveSessionConflictException>(
            () => store.SaveAsync(live with { Id = new SessionId("second"), Title = "SECRET-TITLE-2" }, CancellationToken.None));
        await store.ListUnfinishedAsync(CancellationToken.None);

        Assert.Contains(logger.Entries, e => e.Id.Id == 2001 && e.Message.Contains("version 1", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id.Id == 2000 && e.Message.Contains(_db.FilePath, StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id.Id == 2004);
        Assert.All(logger.Entries, e => Assert.InRange(e.Id.Id, 2000, 2099));
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("SECRET", StringComparison.Ordinal));
    }
}
