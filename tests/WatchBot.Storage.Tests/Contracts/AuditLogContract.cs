using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The audit log (migration 13): appended, read newest first per space, kept across restarts, forgotten by age.</summary>
public abstract class AuditLogContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Mod = new("discord", "111", "Ada");
    private static readonly UserRef Someone = new("discord", "222", "Bob <b>");

    [Fact]
    public async Task Append_ThenLatest_ReturnsEveryField_AfterARestart()
    {
        var entry = new AuditEntry("discord", "G1", At, AuditAction.Ban, Mod, Someone, "7 days", "spoilers again");
        await Log().AppendAsync(entry, CancellationToken.None);

        var read = await Log().LatestAsync("discord", "G1", 20, CancellationToken.None);

        Assert.Equal([entry], read);
    }

    [Fact]
    public async Task Append_WithoutWhoOrWhom_KeepsThemNull()
    {
        var entry = new AuditEntry("slack", "T1", At, AuditAction.ForgetMe, By: null);
        await Log().AppendAsync(entry, CancellationToken.None);

        var read = Assert.Single(await Log().LatestAsync("slack", "T1", 20, CancellationToken.None));

        Assert.Equal(entry, read);
        Assert.Equal(1, await Storage.ScalarAsync("SELECT COUNT(*) FROM audit_log WHERE by_id IS NULL AND subject_name IS NULL;"));
    }

    [Fact]
    public async Task Latest_IsNewestFirst_LimitedToCount_AndPerPlatformAndSpace()
    {
        var log = Log();
        for (var i = 0; i < 25; i++)
        {
            await log.AppendAsync(Entry("discord", "G1", At.AddMinutes(i), $"#{i}"), CancellationToken.None);
        }

        await log.AppendAsync(Entry("discord", "G2", At.AddHours(1), "other space"), CancellationToken.None);
        await log.AppendAsync(Entry("slack", "G1", At.AddHours(1), "other platform"), CancellationToken.None);

        var latest = await log.LatestAsync("discord", "G1", 20, CancellationToken.None);

        Assert.Equal([.. Enumerable.Range(5, 20).Reverse().Select(i => $"#{i}")], latest.Select(e => e.Detail));
        Assert.Equal(["other space"], (await log.LatestAsync("discord", "G2", 20, CancellationToken.None)).Select(e => e.Detail));
        Assert.Empty(await log.LatestAsync("discord", "G3", 20, CancellationToken.None));
    }

    [Fact]
    public async Task Latest_SameInstant_TheLastAppendedComesFirst()
    {
        var log = Log();
        await log.AppendAsync(Entry("shell", "local", At, "first"), CancellationToken.None);
        await log.AppendAsync(Entry("shell", "local", At, "second"), CancellationToken.None);

        var latest = await log.LatestAsync("shell", "local", 20, CancellationToken.None);

        Assert.Equal(["second", "first"], latest.Select(e => e.Detail));
    }

    [Fact]
    public async Task DeleteBefore_RemovesOnlyOlderEntries_InEverySpace()
    {
        var log = Log();
        await log.AppendAsync(Entry("discord", "G1", At.AddDays(-200), "old"), CancellationToken.None);
        await log.AppendAsync(Entry("slack", "T1", At.AddDays(-181), "old too"), CancellationToken.None);
        await log.AppendAsync(Entry("discord", "G1", At.AddDays(-180), "at the cutoff"), CancellationToken.None);
        await log.AppendAsync(Entry("discord", "G1", At, "new"), CancellationToken.None);

        var deleted = await log.DeleteBeforeAsync(At.AddDays(-180), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(["new", "at the cutoff"], (await Log().LatestAsync("discord", "G1", 20, CancellationToken.None)).Select(e => e.Detail));
        Assert.Empty(await log.LatestAsync("slack", "T1", 20, CancellationToken.None));
        Assert.Equal(0, await log.DeleteBeforeAsync(At.AddDays(-180), CancellationToken.None));
    }

    private static AuditEntry Entry(string platform, string space, DateTimeOffset at, string detail) =>
        new(platform, space, at, AuditAction.SettingsChanged, new UserRef(platform, "111", "Ada"), Detail: detail);

    /// <summary>A new log on a new store each time: what a restarted process reads.</summary>
    private WatchBot.Engine.Ports.IAuditLog Log() => Storage.OpenAuditLog();
}
