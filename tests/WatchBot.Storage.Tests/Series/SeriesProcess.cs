using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Engine.MovieNights;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Series;

/// <summary>
/// One run of the bot over a real database (one provider's stores, <see cref="StorageUnderTest"/>): store
/// with the series writer, series store, coordinator, occurrence observer and series service. A new
/// instance on the same database is a restarted process; it
/// has a clock of its own, so the timers of a process that "died" never fire into the next one.
/// </summary>
internal sealed class SeriesProcess : IDisposable
{
    public static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    public static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);

    private SeriesProcess(FeatureStores stores, FakeTimeProvider time, ISeriesStore? coordinatorSeries)
    {
        Time = time;
        Store = stores.Sessions;
        SeriesStore = stores.Series;
        Timers = new ManualSessionTimers(time);
        var router = new NoticeRouter([Platform], NullLogger<NoticeRouter>.Instance, [Platform, new OccurrenceObserver(Wakeups)]);
        Coordinator = new SessionCoordinator(
            Store,
            Timers,
            router,
            time,
            Options.Create(new SessionRulesOptions { DefaultTimeZone = "Europe/Paris" }),
            NullLogger<SessionCoordinator>.Instance,
            series: coordinatorSeries ?? SeriesStore);
        Timers.Handler = Coordinator;
        Service = new SeriesService(Coordinator, SeriesStore, Wakeups, NullLogger<SeriesService>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public ISessionStore Store { get; }

    public ISeriesStore SeriesStore { get; }

    public ManualSessionTimers Timers { get; }

    public RecordingPublisher Platform { get; } = new();

    public SeriesWakeups Wakeups { get; } = new();

    public SessionCoordinator Coordinator { get; }

    public SeriesService Service { get; }

    /// <summary>
    /// A process on the provider's database whose clock starts at <paramref name="now"/> (not yet started:
    /// see <see cref="StartAsync"/>); its coordinator reads series through <paramref name="coordinatorSeries"/>
    /// (a gate around the store) when given.
    /// </summary>
    public static async Task<SeriesProcess> OnAsync(StorageUnderTest provider, DateTimeOffset now, Func<ISeriesStore, ISeriesStore>? coordinatorSeries = null)
    {
        var time = new FakeTimeProvider(now);
        var stores = await provider.OpenFeaturesAsync(time);
        return new SeriesProcess(stores, time, coordinatorSeries?.Invoke(stores.Series));
    }

    public Task<CommandOutcome> Say(string text) => Coordinator.HandleTextAsync(Channel, Alice, text, CancellationToken.None);

    /// <summary>What the host does at start: recovery, then the series service (its sweep, then its queue).</summary>
    public async Task StartAsync()
    {
        await Coordinator.RecoverAsync(CancellationToken.None);
        await Service.StartAsync(CancellationToken.None);
    }

    /// <summary>Waits until the service has checked <paramref name="count"/> more series (from its queue).</summary>
    public Task WaitForChecksAsync(int count, Action start)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        Service.Checked += (_, _) =>
        {
            if (Interlocked.Increment(ref seen) == count)
            {
                done.TrySetResult();
            }
        };
        start();
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Service.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        Service.Dispose();
    }
}
