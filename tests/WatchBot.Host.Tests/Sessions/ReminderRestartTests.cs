using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Commands;
using WatchBot.Engine.MovieNights;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Host.Tests.Shell;
using WatchBot.Storage;
using WatchBot.Storage.Sqlite;
using WatchBot.Testing;

namespace WatchBot.Host.Tests.Sessions;

/// <summary>
/// Reminders on the real SQLite file with a manual clock: each is sent exactly once, also when the
/// process restarts between the commit and the send, or its timer fires again after a restart; it
/// mentions exactly those going who did not turn reminders off.
/// </summary>
public sealed class ReminderRestartTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "guild", "channel");
    private static readonly Actor Alice = new(new UserRef("test", "u1", "alice"), IsModerator: false);
    private static readonly Actor Bob = new(new UserRef("test", "u2", "bob"), IsModerator: false);
    private static readonly Actor Dave = new(new UserRef("test", "u4", "dave"), IsModerator: false);
    private static readonly Actor Erin = new(new UserRef("test", "u5", "erin"), IsModerator: false);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly List<ServiceProvider> _lives = [];

    [Fact]
    public async Task AReminderCommittedButNotSent_IsSentOnceAfterARestart_AndItsTimerFiringAgainSaysNothing()
    {
        var first = Life();
        await first.Coordinator.HandleTextAsync(Channel, Alice, "/watch schedule title:Alien at:\"in 2h\" reminders:1h", CancellationToken.None);
        await first.Coordinator.HandleTextAsync(Channel, Bob, "/watch rsvp going", CancellationToken.None);
        await first.Coordinator.HandleTextAsync(Channel, Dave, "/watch rsvp going", CancellationToken.None);
        await first.Coordinator.HandleTextAsync(Channel, Erin, "/watch rsvp maybe", CancellationToken.None);
        await first.Preferences.HandleAsync(new CommandRequest(Channel, Dave, new RemindersCommand(On: false), null!), CancellationToken.None);

        // The reminder is committed, but the platform is unreachable: it stays in the outbox.
        first.Platform.FailAll = true;
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(first.Platform.Of<ReminderDue>());
        var timer = Assert.Single(first.Timers.History, t => t.Kind == TimerKind.Reminder);

        // Restart: the old process is gone (its timers wake nobody); the new one relays what was
        // committed, recovers, and the old timer fires once more.
        first.Timers.Handler = null;
        var second = Life();
        await second.Coordinator.RecoverAsync(CancellationToken.None);
        await second.Coordinator.OnTimerAsync(timer, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(58));

        var reminder = Assert.Single(second.Platform.Of<ReminderDue>());
        Assert.Equal([Bob.User], reminder.Notified);
        var stored = Assert.Single(await second.Store.ListScheduledAsync(Channel, CancellationToken.None));
        Assert.Equal([TimeSpan.FromHours(1)], stored.RemindersSent);
    }

    [Fact]
    public async Task EachLead_IsSentOnce_ThroughARestartBetweenLeads()
    {
        var first = Life();
        await first.Coordinator.HandleTextAsync(Channel, Alice, "/watch schedule title:Alien at:\"in 3h\" reminders:\"2h,30m\" seats:1", CancellationToken.None);
        await first.Coordinator.HandleTextAsync(Channel, Bob, "/watch rsvp going", CancellationToken.None);
        await first.Coordinator.HandleTextAsync(Channel, Dave, "/watch rsvp going", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        var firstReminder = Assert.Single(first.Platform.Of<ReminderDue>());
        Assert.Equal([Bob.User], firstReminder.Notified);
        var firedTimer = Assert.Single(first.Timers.History, t => t.Kind == TimerKind.Reminder && t.DueAt == TestTime.Start + TimeSpan.FromHours(1));

        first.Timers.Handler = null;
        var second = Life();
        await second.Coordinator.RecoverAsync(CancellationToken.None);
        await second.Coordinator.OnTimerAsync(firedTimer, CancellationToken.None);
        Assert.Empty(second.Platform.Of<ReminderDue>());

        // Bob drops: Dave gets the seat, and the 30-minute reminder (re-armed by recovery) mentions him.
        await second.Coordinator.HandleTextAsync(Channel, Bob, "/watch rsvp no", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal([Dave.User], Assert.Single(second.Platform.Of<ReminderDue>()).Notified);
        Assert.Single(first.Platform.Of<ReminderDue>());
    }

    public void Dispose()
    {
        foreach (var life in _lives)
        {
            life.Dispose();
        }

        _folder.Dispose();
    }

    /// <summary>One process: the store on the same file, its own timers, platform and coordinator.</summary>
    private (SessionCoordinator Coordinator, ReminderPreferenceService Preferences, RecordingPublisher Platform, ManualSessionTimers Timers, SqliteSessionStore Store) Life()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(_folder.Path, "watchbot.db") })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddWatchBotStorage(configuration)
            .BuildServiceProvider();
        _lives.Add(services);
        var store = services.GetRequiredService<SqliteSessionStore>();
        var optOuts = services.GetRequiredService<IReminderOptOuts>();
        var platform = new RecordingPublisher();
        var timers = new ManualSessionTimers(_time);
        var coordinator = new SessionCoordinator(
            store,
            timers,
            new NoticeRouter([platform], NullLogger<NoticeRouter>.Instance, [platform]),
            _time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            reminderOptOuts: optOuts);
        timers.Handler = coordinator;
        return (coordinator, new ReminderPreferenceService(optOuts, _time, NullLogger<ReminderPreferenceService>.Instance), platform, timers, store);
    }
}
