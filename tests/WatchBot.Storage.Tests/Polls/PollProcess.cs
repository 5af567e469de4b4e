using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Polls;

/// <summary>
/// One run of the bot over a real database (one provider's stores, <see cref="StorageUnderTest"/>): the
/// store with the poll writer, the poll store and the coordinator. A new instance on the same database is
/// a restarted process, with a clock of its own.
/// </summary>
internal sealed class PollProcess
{
    public static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    public static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);
    public static readonly Actor Bob = new(new UserRef("test", "u-bob", "bob"), IsModerator: false);
    public static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);
    public static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);

    private PollProcess(FeatureStores stores, FakeTimeProvider time, IPollStore? coordinatorPolls)
    {
        Time = time;
        Store = stores.Sessions;
        Polls = stores.Polls;
        PersonalData = stores.PersonalData;
        Timers = new ManualSessionTimers(Time);
        Coordinator = new SessionCoordinator(
            Store,
            Timers,
            new NoticeRouter([Platform], NullLogger<NoticeRouter>.Instance, [Platform]),
            Time,
            Options.Create(new SessionRulesOptions()),
            NullLogger<SessionCoordinator>.Instance,
            polls: coordinatorPolls ?? Polls);
        Timers.Handler = Coordinator;
    }

    public FakeTimeProvider Time { get; }

    public ISessionStore Store { get; }

    public IPollStore Polls { get; }

    public IPersonalData PersonalData { get; }

    public ManualSessionTimers Timers { get; }

    public RecordingPublisher Platform { get; } = new();

    public SessionCoordinator Coordinator { get; }

    /// <summary>
    /// A process started at <paramref name="now"/> on the provider's database; its coordinator reads polls
    /// through <paramref name="coordinatorPolls"/> (a gate around the store) when given.
    /// </summary>
    public static async Task<PollProcess> StartAsync(StorageUnderTest provider, DateTimeOffset now, Func<IPollStore, IPollStore>? coordinatorPolls = null)
    {
        var time = new FakeTimeProvider(now);
        var stores = await provider.OpenFeaturesAsync(time);
        return new PollProcess(stores, time, coordinatorPolls?.Invoke(stores.Polls));
    }

    public Task<CommandOutcome> Say(Actor actor, string text) => Coordinator.HandleTextAsync(Channel, actor, text, CancellationToken.None);
}
