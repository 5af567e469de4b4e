using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>A coordinator on a manual clock, an in-memory store, manual timers and a recording platform.</summary>
internal sealed class CoordinatorHarness
{
    public static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    public static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);
    public static readonly Actor Bob = new(new UserRef("test", "u-bob", "bob"), IsModerator: false);
    public static readonly Actor Carol = new(new UserRef("test", "u-carol", "carol"), IsModerator: true);

    /// <param name="options">The rules' options; defaults when null.</param>
    /// <param name="wrapTimers">What the coordinator arms through, around the manual timers (a flaky store).</param>
    public CoordinatorHarness(SessionRulesOptions? options = null, Func<ManualSessionTimers, ITimers>? wrapTimers = null)
    {
        Timers = new ManualSessionTimers(Time);
        _armedThrough = wrapTimers?.Invoke(Timers) ?? Timers;
        Coordinator = NewCoordinator(options);
        Timers.Handler = Coordinator;
    }

    private readonly ITimers _armedThrough;

    public FakeTimeProvider Time { get; } = new(TestTime.Start);

    public InMemorySessionStore Store { get; } = new();

    public RecordingPublisher Platform { get; } = new();

    public ManualSessionTimers Timers { get; }

    public SessionCoordinator Coordinator { get; private set; }

    /// <summary>A new coordinator over the same store and clock: what a restarted process is.</summary>
    public SessionCoordinator Restart(SessionRulesOptions? options = null)
    {
        Coordinator = NewCoordinator(options);
        Timers.Handler = Coordinator;
        return Coordinator;
    }

    public Task<CommandOutcome> Say(Actor actor, string text) =>
        Coordinator.HandleTextAsync(Channel, actor, text, CancellationToken.None);

    public async Task<StatusReport> Status()
    {
        var outcome = await Say(Alice, "/watch status");
        return Assert.IsType<StatusReport>(outcome.Reply);
    }

    public Task<WatchSession?> Live() => Store.FindLiveAsync(Channel, CancellationToken.None);

    private SessionCoordinator NewCoordinator(SessionRulesOptions? options) => new(
        Store,
        _armedThrough,
        new NoticeRouter([Platform], NullLogger<NoticeRouter>.Instance, [Platform]),
        Time,
        Options.Create(options ?? new SessionRulesOptions()),
        NullLogger<SessionCoordinator>.Instance);
}
