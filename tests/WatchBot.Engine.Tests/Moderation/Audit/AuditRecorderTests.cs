using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Tests.Spaces;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Moderation.Audit;

/// <summary>Recording an entry: always into the log, and into the space's audit channel when it has one, naming people without mentions.</summary>
public sealed class AuditRecorderTests
{
    private static readonly UserRef Mod = new("test", "u-mod", "mod");
    private static readonly UserRef Bob = new("test", "u-bob", "bob");
    private static readonly AuditEntry Entry = new("test", "space-1", TestTime.Start, AuditAction.Kick, Mod, Bob, Reason: "spoilers");

    private readonly InMemorySpaceSettings _spaces = new();
    private readonly RecordingPublisher _platform = new();
    private readonly MemoryAuditLog _log = new();

    [Fact]
    public async Task WithoutAnAuditChannel_TheEntryIsLogged_AndNothingIsPosted()
    {
        await Recorder(_log).RecordAsync(Entry, CancellationToken.None);

        Assert.Equal([Entry], await _log.LatestAsync("test", "space-1", 20, CancellationToken.None));
        Assert.Empty(_platform.Shown);
    }

    [Fact]
    public async Task WithAnAuditChannel_TheEntryIsPostedThere_NamingPeopleAsPersons()
    {
        await _spaces.SaveAsync("test", "space-1", new SpaceSettings { AuditChannelId = "mod-log" }, CancellationToken.None);

        await Recorder(_log).RecordAsync(Entry, CancellationToken.None);

        var (channel, view) = Assert.Single(_platform.Shown);
        Assert.Equal(new ChannelAddress("test", "space-1", "mod-log"), channel);
        var parts = Assert.Single(Assert.Single(view.Announcements).Lines).Parts;
        Assert.Equal([new PersonPart(Mod), new PersonPart(Bob)], parts.OfType<PersonPart>());
        Assert.Empty(parts.OfType<MentionPart>());
        Assert.Contains(new UserTextPart("spoilers"), parts);
        Assert.Contains(new InstantPart(TestTime.Start, InstantStyle.DateTime), parts);
        Assert.Single(await _log.LatestAsync("test", "space-1", 20, CancellationToken.None));
    }

    [Fact]
    public async Task AnotherSpacesAuditChannel_IsNotUsed()
    {
        await _spaces.SaveAsync("test", "space-2", new SpaceSettings { AuditChannelId = "mod-log" }, CancellationToken.None);

        await Recorder(_log).RecordAsync(Entry, CancellationToken.None);

        Assert.Empty(_platform.Shown);
    }

    [Fact]
    public async Task ALogThatFails_NeitherThrowsNorStopsThePost()
    {
        await _spaces.SaveAsync("test", "space-1", new SpaceSettings { AuditChannelId = "mod-log" }, CancellationToken.None);
        var broken = new ThrowingAuditLog();

        await Recorder(broken).RecordAsync([Entry, Entry with { Action = AuditAction.Ban }], CancellationToken.None);

        Assert.Equal(2, broken.Calls);
        Assert.Equal(2, _platform.Shown.Count);
    }

    [Fact]
    public async Task UnreadableSettings_OrAFailingPlatform_DoNotThrow_AndTheEntryIsStillLogged()
    {
        _spaces.Fail = true;
        await Recorder(_log).RecordAsync(Entry, CancellationToken.None);
        _spaces.Fail = false;
        await _spaces.SaveAsync("test", "space-1", new SpaceSettings { AuditChannelId = "mod-log" }, CancellationToken.None);
        _platform.FailAll = true;
        await Recorder(_log).RecordAsync(Entry, CancellationToken.None);

        Assert.Equal(2, (await _log.LatestAsync("test", "space-1", 20, CancellationToken.None)).Count);
        Assert.Empty(_platform.Shown);
    }

    private AuditRecorder Recorder(IAuditLog log) => new(
        log,
        _spaces,
        new NoticeRouter([_platform], NullLogger<NoticeRouter>.Instance, [_platform]),
        NullLogger<AuditRecorder>.Instance);
}
