using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Spaces;
using WatchBot.Engine.Tests.Spaces;
using WatchBot.Engine.Tests.Standing;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Moderation.Audit;

/// <summary><c>/watch mod add|remove</c> and <c>/watch settings</c> leave one audit entry each time they change something, and none otherwise.</summary>
public sealed class ModeratorActionsAuditTests
{
    private static readonly ChannelAddress Channel = new("test", "space-1", "channel-1");
    private static readonly Actor Mod = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);
    private static readonly Actor Member = new(new UserRef("test", "u-member", "member"), IsModerator: false);

    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly MemoryAuditLog _log = new();
    private readonly InMemorySpaceSettings _spaces = new();
    private readonly AuditRecorder _recorder;

    public ModeratorActionsAuditTests() => _recorder = new AuditRecorder(
        _log, _spaces, new NoticeRouter([], NullLogger<NoticeRouter>.Instance), NullLogger<AuditRecorder>.Instance);

    [Fact]
    public async Task ModAddAndRemove_AreLogged_WithWhoAndWhom_NothingToDoAndRefusalsAreNot()
    {
        var service = new ModeratorService(new InMemorySpaceModerators(), NullLogger<ModeratorService>.Instance, _recorder, _time);

        await Run(service, Member, ModVerb.Add, "bob");
        await Run(service, Mod, ModVerb.Add, "bob");
        _time.Advance(TimeSpan.FromMinutes(1));
        await Run(service, Mod, ModVerb.Add, "bob");
        await Run(service, Mod, ModVerb.List, null);
        await Run(service, Mod, ModVerb.Remove, "bob");
        await Run(service, Mod, ModVerb.Remove, "bob");

        var bob = new UserRef("test", "bob", "bob");
        Assert.Equal(
            [
                new AuditEntry("test", "space-1", TestTime.Start.AddMinutes(1), AuditAction.ModeratorRemoved, Mod.User, bob),
                new AuditEntry("test", "space-1", TestTime.Start, AuditAction.ModeratorAdded, Mod.User, bob),
            ],
            await Latest());
    }

    [Fact]
    public async Task SettingsChange_IsLogged_WithTheSettingAndItsNewValue_ShowingOrRefusalOrNoChangeAreNot()
    {
        var service = new SpaceSettingsService(
            _spaces, _recorder, _time, Options.Create(new SessionRulesOptions { DefaultTimeZone = "Europe/London" }), NullLogger<SpaceSettingsService>.Instance);

        await service.HandleAsync(Channel, Member, new SettingsCommand("Asia/Tokyo"), "the mods", CancellationToken.None);
        await service.HandleAsync(Channel, Mod, new SettingsCommand(null), "the mods", CancellationToken.None);
        await service.HandleAsync(Channel, Mod, new SettingsCommand("europe/paris"), "the mods", CancellationToken.None);
        await service.HandleAsync(Channel, Mod, new SettingsCommand("Europe/Paris"), "the mods", CancellationToken.None);

        var entry = Assert.Single(await Latest());
        Assert.Equal(new AuditEntry("test", "space-1", TestTime.Start, AuditAction.SettingsChanged, Mod.User, Detail: "timezone: Europe/Paris (was the default)"), entry);
    }

    private static Task<Notice> Run(ModeratorService service, Actor actor, ModVerb verb, string? user) =>
        service.HandleAsync(Channel, actor, new ModCommand(verb, user), new ConfiguredModerators(), CancellationToken.None);

    private Task<IReadOnlyList<AuditEntry>> Latest() => _log.LatestAsync("test", "space-1", 20, CancellationToken.None);
}
