using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.Moderation;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Standing;
using WatchBot.Engine.Tests.Standing;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Moderation;

/// <summary>
/// <c>/watch ban</c> and <c>unban</c> through the engine as the host wires it: the dispatcher, the standing
/// service (with <c>Moderation:Administrators</c> from configuration), the ban port, the audit log.
/// </summary>
public sealed class BanServiceTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly ServiceProvider _services;

    public BanServiceTests() => _services = Services(_time, "test:u-root");

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task AModerator_BansAMember_WhoIsThenRefusedEverything_UntilItExpires()
    {
        var banned = await SendAsync(new BanCommand("u-bob", TimeSpan.FromDays(7), "spoilers"), "u-mod");
        var start = await SendAsync(new StartCommand("Heat", null, null, null), "u-bob");
        var react = await SendAsync(new ReactCommand("🍿", null), "u-bob");
        _time.Advance(TimeSpan.FromDays(7));
        var later = await SendAsync(new StartCommand("Heat", null, null, null), "u-bob");

        Assert.Equal(new BanChanged("u-bob", true, false, TestTime.Start.AddDays(7), "spoilers"), banned.Reply);
        Assert.Equal(new YouAreBanned(TestTime.Start.AddDays(7)), start.Reply);
        Assert.Empty(start.Announced);
        Assert.Equal(new YouAreBanned(TestTime.Start.AddDays(7)), react.Reply);
        Assert.IsType<CountdownStarted>(Assert.Single(later.Announced));
        Assert.Equal(Channel, (await _services.GetRequiredService<ISessionStore>().FindLiveAsync(Channel, CancellationToken.None))!.Channel);
    }

    [Fact]
    public async Task ABannedPerson_StartsNothing()
    {
        await SendAsync(new BanCommand("u-bob", null, null), "u-mod");

        var start = await SendAsync(new StartCommand("Heat", null, null, null), "u-bob");

        Assert.Equal(new YouAreBanned(null), start.Reply);
        Assert.Null(await _services.GetRequiredService<ISessionStore>().FindLiveAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Unban_LiftsIt_AndSaysWhenThereWasNone()
    {
        await SendAsync(new BanCommand("u-bob", null, null), "u-mod");

        var lifted = await SendAsync(new UnbanCommand("u-bob"), "u-mod");
        var again = await SendAsync(new UnbanCommand("u-bob"), "u-mod");
        var status = await SendAsync(new StatusCommand(), "u-bob");

        Assert.Equal(new BanChanged("u-bob", false, false, null, null), lifted.Reply);
        Assert.Equal(new BanChanged("u-bob", false, true, null, null), again.Reply);
        Assert.IsNotType<YouAreBanned>(status.Reply);
    }

    [Fact]
    public async Task AModeratorCannotBanAModerator_AnAdministratorFromConfigCan_NobodyThemselves()
    {
        await _services.GetRequiredService<ISpaceModerators>().AddAsync("test", "guild-1", "u-mod2", "u-mod", CancellationToken.None);

        var byModerator = await SendAsync(new BanCommand("u-mod2", null, null), "u-mod");
        var configuredTarget = await SendAsync(new BanCommand("u-builtin", null, null), "u-mod");
        var self = await SendAsync(new BanCommand("u-mod", null, null), "u-mod");
        var byMember = await SendAsync(new BanCommand("u-carl", null, null), "u-carl2");
        var byAdministrator = await SendAsync(new BanCommand("u-mod2", null, null), "u-root");
        var adminByModerator = await SendAsync(new BanCommand("u-root", null, null), "u-mod");

        Assert.Contains("only an administrator", Assert.IsType<Refused>(byModerator.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("only an administrator", Assert.IsType<Refused>(configuredTarget.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("yourself", Assert.IsType<Refused>(self.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("only a moderator", Assert.IsType<Refused>(byMember.Reply).Reason, StringComparison.Ordinal);
        Assert.IsType<BanChanged>(byAdministrator.Reply);
        Assert.Contains("only an administrator", Assert.IsType<Refused>(adminByModerator.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachBanAndUnban_AppendsAnAuditEntry()
    {
        await SendAsync(new BanCommand("u-bob", TimeSpan.FromHours(12), "spoilers"), "u-mod");
        _time.Advance(TimeSpan.FromMinutes(5));
        await SendAsync(new UnbanCommand("u-bob"), "u-mod");
        await SendAsync(new UnbanCommand("u-bob"), "u-mod");

        var entries = await _services.GetRequiredService<IAuditLog>().LatestAsync("test", "guild-1", 20, CancellationToken.None);

        Assert.Equal(2, entries.Count);
        var (unban, ban) = (entries[0], entries[1]);
        Assert.Equal(AuditAction.Ban, ban.Action);
        Assert.Equal("u-mod", ban.By!.Id);
        Assert.Equal("u-bob", ban.Subject!.Id);
        Assert.Equal("until 2026-11-23 08:00 UTC", ban.Detail);
        Assert.Equal("spoilers", ban.Reason);
        Assert.Equal(TestTime.Start, ban.At);
        Assert.Equal(AuditAction.Unban, unban.Action);
        Assert.Equal(TestTime.Start.AddMinutes(5), unban.At);
    }

    [Fact]
    public void Administrators_AreReadFromConfiguration_AndABadEntryStopsStartUp()
    {
        var options = _services.GetRequiredService<IOptions<ModerationOptions>>().Value;
        using var bad = Services(_time, "no-platform");

        Assert.True(options.IsAdministrator("TEST", "u-root"));
        Assert.False(options.IsAdministrator("test", "U-ROOT"));
        Assert.False(options.IsAdministrator("slack", "u-root"));
        var error = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<ModerationOptions>>().Value);
        Assert.Contains("platform:id", error.Message, StringComparison.Ordinal);
    }

    private async Task<CommandOutcome> SendAsync(WatchCommand command, string userId)
    {
        var platform = new ConfiguredModerators("u-mod", "u-builtin");
        var actor = await _services.GetRequiredService<StandingService>()
            .ForAsync(Channel, new UserRef("test", userId, userId), platform, CancellationToken.None);
        return await _services.GetRequiredService<CommandDispatcher>().HandleAsync(new CommandRequest(Channel, actor, command, platform), CancellationToken.None);
    }

    private static ServiceProvider Services(FakeTimeProvider time, string administrator)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(time);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Moderation:Administrators:0"] = administrator })
            .Build();
        services.AddWatchBotEngine(configuration);
        services.AddSingleton<ISessionStore, InMemorySessionStore>();
        services.AddSingleton<ITimers>(new ManualSessionTimers(time));
        services.AddSingleton<ISpaceModerators, InMemorySpaceModerators>();
        services.AddSingleton<IChannelPublisher>(new RecordingPublisher());
        return services.BuildServiceProvider();
    }
}
