using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Spaces;
using WatchBot.Engine.Tests.Moderation;
using WatchBot.Engine.Tests.Standing;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Spaces;

/// <summary><c>/watch settings</c> through the engine: load, decide, save at the version read, answer the sender.</summary>
public sealed class SpaceSettingsServiceTests
{
    private static readonly ChannelAddress Channel = new("test", "space-1", "channel-1");
    private static readonly Actor Mod = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);
    private static readonly Actor Member = new(new UserRef("test", "u-member", "member"), IsModerator: false);

    private readonly InMemorySpaceSettings _stored = new();
    private readonly MemoryAuditLog _audit = new();
    private readonly SpaceSettingsService _service;

    public SpaceSettingsServiceTests() => _service = new SpaceSettingsService(
        _stored,
        new AuditRecorder(_audit, _stored, new NoticeRouter([], NullLogger<NoticeRouter>.Instance), NullLogger<AuditRecorder>.Instance),
        new FakeTimeProvider(TestTime.Start),
        Options.Create(new SessionRulesOptions { DefaultTimeZone = "Europe/London" }),
        NullLogger<SpaceSettingsService>.Instance);

    [Fact]
    public async Task Moderator_SetsTheZone_ItIsStored_AndShownToAnyone()
    {
        var set = await Run(Mod, "europe/paris");
        var shown = await Run(Member, null);

        Assert.Equal(new TimeZoneChanged(null, "Europe/Paris", "Europe/London"), set);
        Assert.Equal("Europe/Paris", (await _stored.GetAsync("test", "space-1", CancellationToken.None)).TimeZone);
        Assert.Equal(new SpaceSettingsShown(new SpaceSettings { TimeZone = "Europe/Paris", Version = 1 }, "Europe/London", CanChange: false), shown);
    }

    [Fact]
    public async Task NonModerator_IsRefused_ToldWhoModerates_AndNothingIsSaved()
    {
        var reply = await Run(Member, "Asia/Tokyo");

        var refused = Assert.IsType<Refused>(reply);
        Assert.Contains(new ConfiguredModerators().WhoModerates, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _stored.Saves);
    }

    [Fact]
    public async Task UnknownZone_IsRefusedWithSuggestions_AndNothingIsSaved()
    {
        var refused = Assert.IsType<Refused>(await Run(Mod, "Paris"));

        Assert.Contains("Did you mean Europe/Paris?", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _stored.Saves);
    }

    [Fact]
    public async Task AnotherModeratorSavingFirst_IsDecidedAgain_OnWhatTheySaved()
    {
        _stored.Put("test", "space-1", "Asia/Tokyo");
        _stored.BeforeSave = () => _stored.Put("test", "space-1", "Europe/Paris");

        var reply = await Run(Mod, "America/New_York");

        // The retry read Europe/Paris (version 2) and saved over it at that version.
        Assert.Equal(new TimeZoneChanged("Europe/Paris", "America/New_York", "Europe/London"), reply);
        Assert.Equal(new SpaceSettings { TimeZone = "America/New_York", Version = 3 }, await _stored.GetAsync("test", "space-1", CancellationToken.None));
    }

    [Fact]
    public async Task AStoreThatFails_GetsAPoliteAnswer_NotAnException()
    {
        _stored.Fail = true;

        var refused = Assert.IsType<Refused>(await Run(Mod, "Europe/Paris"));

        Assert.Contains("nothing was changed", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDispatcher_SendsSettingsCommandsHere()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ISpaceSettingsStore>(_stored);
        services.AddWatchBotEngine(new ConfigurationBuilder().Build());
        services.AddSingleton<ISessionStore, InMemorySessionStore>();
        services.AddSingleton<ITimers>(new ManualSessionTimers(new FakeTimeProvider(TestTime.Start)));
        services.AddSingleton<ISpaceModerators, InMemorySpaceModerators>();
        services.AddSingleton<IChannelPublisher>(new RecordingPublisher());
        await using var provider = services.BuildServiceProvider();
        var dispatcher = provider.GetRequiredService<CommandDispatcher>();

        var outcome = await dispatcher.HandleAsync(new CommandRequest(Channel, Mod, new SettingsCommand("UTC"), new ConfiguredModerators()), CancellationToken.None);

        Assert.Equal(new TimeZoneChanged(null, "UTC", "UTC"), outcome.Reply);
        Assert.Empty(outcome.Announced);
        Assert.Equal("UTC", (await _stored.GetAsync("test", "space-1", CancellationToken.None)).TimeZone);
    }

    [Fact]
    public async Task SeveralSettingsInOneCommand_AreSavedTogether_EachChangeIsOneAuditEntry()
    {
        var typed = (SettingsCommand)CommandParserFor("/watch settings timezone:Asia/Tokyo control:host react:participants control-above:8 audit-channel:#mod-log age-restricted:on");

        var reply = await _service.HandleAsync(Channel, Mod, typed, "moderators", CancellationToken.None);

        var changed = Assert.IsType<SpaceSettingsChanged>(reply);
        Assert.Equal(6, changed.Changes.Count);
        var stored = await _stored.GetAsync("test", "space-1", CancellationToken.None);
        Assert.Equal(("Asia/Tokyo", 8, "mod-log"), (stored.TimeZone, stored.ControlFallsAbove, stored.AuditChannelId));
        Assert.Equal(Audience.HostAndModerators, stored.Permissions[SpaceAction.Control]);
        Assert.Equal(Audience.Participants, stored.Permissions[SpaceAction.React]);
        Assert.Equal(["channel-1"], stored.AgeRestrictedChannels);
        var entries = await _audit.LatestAsync("test", "space-1", 20, CancellationToken.None);
        Assert.Equal(6, entries.Count);
        Assert.All(entries, e => Assert.Equal((Core.Features.Moderation.Audit.AuditAction.SettingsChanged, Mod.User, TestTime.Start), (e.Action, e.By, e.At)));
        Assert.Contains(entries, e => e.Detail == "control: the host and moderators (was everyone)");

        // The same again changes nothing and records nothing.
        var again = Assert.IsType<SpaceSettingsChanged>(await _service.HandleAsync(Channel, Mod, typed with { TimeZone = null }, "moderators", CancellationToken.None));
        Assert.Empty(again.Changes);
        Assert.Equal(6, (await _audit.LatestAsync("test", "space-1", 20, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AMember_ChangingWhoMay_IsRefused_NothingSavedOrAudited()
    {
        var typed = (SettingsCommand)CommandParserFor("/watch settings start:mods");

        var refused = Assert.IsType<Refused>(await _service.HandleAsync(Channel, Member, typed, "moderators", CancellationToken.None));

        Assert.Contains("only a moderator can change the settings", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _stored.Saves);
        Assert.Empty(await _audit.LatestAsync("test", "space-1", 20, CancellationToken.None));
    }

    private static Core.Grammar.WatchCommand CommandParserFor(string typed)
    {
        var result = Core.Grammar.CommandParser.Parse(typed);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Command;
    }

    private Task<Notice> Run(Actor actor, string? zone) =>
        _service.HandleAsync(Channel, actor, new SettingsCommand(zone), new ConfiguredModerators().WhoModerates, CancellationToken.None);
}
