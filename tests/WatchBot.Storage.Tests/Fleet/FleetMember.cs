using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Core.Kernel;
using WatchBot.Engine;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Fleet;

/// <summary>
/// One instance of the bot as the host wires its engine and storage (PostgreSQL), in this test process:
/// its own coordinator, relay and leases, its own recording platform, the shared database and clock.
/// "Killing" one is simply no longer calling it: its leases stay until they lapse.
/// </summary>
internal sealed class FleetMember : IAsyncDisposable
{
    public static readonly ChannelAddress Channel = new("test", "guild-1", "channel-1");
    public static readonly Actor Alice = new(new UserRef("test", "u-alice", "alice"), IsModerator: false);
    public static readonly Actor Bob = new(new UserRef("test", "u-bob", "bob"), IsModerator: false);
    public static readonly Actor Carol = new(new UserRef("test", "u-carol", "carol"), IsModerator: false);

    private readonly ServiceProvider _services;

    private FleetMember(ServiceProvider services, RecordingPublisher platform)
    {
        _services = services;
        Platform = platform;
        Coordinator = services.GetRequiredService<SessionCoordinator>();
        Store = services.GetRequiredService<ISessionStore>();
    }

    public SessionCoordinator Coordinator { get; }

    public RecordingPublisher Platform { get; }

    public ISessionStore Store { get; }

    /// <summary>An instance named <paramref name="name"/> on <paramref name="connectionString"/>, the schema migrated.</summary>
    public static async Task<FleetMember> StartAsync(string connectionString, FakeTimeProvider time, string name)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
            [
                new KeyValuePair<string, string?>("Storage:Provider", "postgres"),
                new KeyValuePair<string, string?>("Storage:ConnectionString", connectionString),
                new KeyValuePair<string, string?>("Scheduling:InstanceId", name),
                new KeyValuePair<string, string?>("Outbox:LeaseLength", "00:00:10"),
            ])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddWatchBotEngine(configuration);
        services.AddWatchBotStorage(configuration);
        var platform = new RecordingPublisher();
        services.AddSingleton<IChannelPublisher>(platform);
        services.AddSingleton<INoticeObserver>(platform);
        services.AddSingleton<ITimers>(new ManualSessionTimers(time));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageStartupCheck>().RunAsync(CancellationToken.None);
        return new FleetMember(provider, platform);
    }

    public Task<CommandOutcome> SayAsync(Actor actor, string text) => Coordinator.HandleTextAsync(Channel, actor, text, CancellationToken.None);

    /// <summary>The notice kinds this instance delivered, in order.</summary>
    public IReadOnlyList<string> Kinds => [.. Platform.Said.Select(s => s.Notice.GetType().Name)];

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
