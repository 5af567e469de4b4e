using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Moderation.Audit;

/// <summary><c>/watch audit</c>: moderators alone see the space's latest entries, newest first.</summary>
public sealed class AuditServiceTests
{
    private const string WhoModerates = "people with Manage Server";
    private static readonly ChannelAddress Channel = new("test", "space-1", "channel-1");
    private static readonly Actor Mod = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);
    private static readonly Actor Member = new(new UserRef("test", "u-member", "member"), IsModerator: false);

    private readonly MemoryAuditLog _log = new();

    [Fact]
    public async Task NonModerator_IsRefused_ToldWhoMay_AndSeesNoEntry()
    {
        await _log.AppendAsync(Entry(0), CancellationToken.None);

        var reply = await Service(_log).HandleAsync(Channel, Member, WhoModerates, CancellationToken.None);

        var refused = Assert.IsType<Refused>(reply);
        Assert.Contains("only a moderator", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(WhoModerates, refused.Reason, StringComparison.Ordinal);
        Assert.True(refused.ToChannel().IsEmpty);
    }

    [Fact]
    public async Task Moderator_SeesTheLatestTwenty_NewestFirst_OfThisSpaceOnly_Privately()
    {
        for (var i = 0; i < 23; i++)
        {
            await _log.AppendAsync(Entry(i), CancellationToken.None);
        }

        await _log.AppendAsync(Entry(99) with { SpaceId = "space-2" }, CancellationToken.None);

        var reply = await Service(_log).HandleAsync(Channel, Mod, WhoModerates, CancellationToken.None);

        var listed = Assert.IsType<AuditListed>(reply);
        Assert.Equal([.. Enumerable.Range(3, 20).Reverse().Select(i => $"#{i}")], listed.Entries.Select(e => e.Detail));
        Assert.True(listed.ToChannel().IsEmpty);
        Assert.Equal(21, listed.ToReply().Lines.Count);
    }

    [Fact]
    public async Task Moderator_EmptyLog_IsToldSo()
    {
        var reply = await Service(_log).HandleAsync(Channel, Mod, WhoModerates, CancellationToken.None);

        Assert.Empty(Assert.IsType<AuditListed>(reply).Entries);
    }

    [Fact]
    public async Task UnreadableLog_AnswersPolitely()
    {
        var reply = await Service(new ThrowingAuditLog()).HandleAsync(Channel, Mod, WhoModerates, CancellationToken.None);

        Assert.Contains("try again", Assert.IsType<Refused>(reply).Reason, StringComparison.Ordinal);
    }

    private static AuditEntry Entry(int i) =>
        new("test", "space-1", TestTime.Start.AddMinutes(i), AuditAction.SettingsChanged, Mod.User, Detail: $"#{i}");

    private static AuditService Service(IAuditLog log) => new(log, NullLogger<AuditService>.Instance);
}
