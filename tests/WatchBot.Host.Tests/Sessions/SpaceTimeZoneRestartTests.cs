using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Moderation.Audit;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Engine.Spaces;
using WatchBot.Host.Tests.Shell;
using WatchBot.Storage;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// The space's time zone on the real SQLite file: set by a moderator, kept across a restart, and the
/// zone the next booking's time is read in (the coordinator reads the settings for every command).
/// </summary>
public sealed class SpaceTimeZoneRestartTests : IDisposable
{
    private static readonly ChannelAddress Movies = new("test", "guild", "movies");
    private static readonly ChannelAddress Lounge = new("test", "guild", "lounge");
    private static readonly Actor Moderator = new(new UserRef("test", "u-mod", "mod"), IsModerator: true);
    private static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start); // Sunday 2026-11-22 20:00 UTC

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AZoneSetBeforeARestart_ReadsTheNextBookingInIt()
    {
        await using (var first = Open())
        {
            // Before: the configured default (UTC).
            await Coordinator(first).HandleTextAsync(Lounge, Alice, "/watch schedule title:Ran at:\"friday 9pm\"", CancellationToken.None);
            var settings = new SpaceSettingsService(Spaces(first), new AuditRecorder(new MemoryAuditLog(), Spaces(first), new NoticeRouter([], NullLogger<NoticeRouter>.Instance), NullLogger<AuditRecorder>.Instance), TimeProvider.System, Options.Create(new SessionRulesOptions()), NullLogger<SpaceSettingsService>.Instance);
            Assert.IsType<TimeZoneChanged>(await settings.HandleAsync(Movies, Moderator, new SettingsCommand("europe/paris"), "moderators", CancellationToken.None));
        }

        await using var second = Open();
        await Coordinator(second).HandleTextAsync(Movies, Alice, "/watch schedule title:Heat at:\"friday 9pm\"", CancellationToken.None);

        var before = Assert.Single(await Sessions(second).ListScheduledAsync(Lounge, CancellationToken.None));
        var after = Assert.Single(await Sessions(second).ListScheduledAsync(Movies, CancellationToken.None));
        Assert.Equal(("UTC", new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero)), (before.TimeZone, before.ScheduledFor));
        Assert.Equal(("Europe/Paris", new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.FromHours(1))), (after.TimeZone, after.ScheduledFor));
        Assert.Equal("Europe/Paris", (await Spaces(second).GetAsync("test", "guild", CancellationToken.None)).TimeZone);
    }

    /// <summary>The storage a host builds, on the test's file: a new one is what a restarted process has.</summary>
    private ServiceProvider Open() => new ServiceCollection()
        .AddLogging()
        .AddWatchBotStorage(new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Storage:SqlitePath", Path.Combine(_folder.Path, "watchbot.db"))])
            .Build())
        .BuildServiceProvider();

    private static ISessionStore Sessions(ServiceProvider services) => services.GetRequiredService<ISessionStore>();

    private static ISpaceSettingsStore Spaces(ServiceProvider services) => services.GetRequiredService<ISpaceSettingsStore>();

    private SessionCoordinator Coordinator(ServiceProvider services)
    {
        var platform = new RecordingPublisher();
        var timers = new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            Sessions(services),
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            spaces: Spaces(services));
        timers.Handler = coordinator;
        return coordinator;
    }
}
