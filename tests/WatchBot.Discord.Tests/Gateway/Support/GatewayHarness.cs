using System.Text.Json;
using WatchBot.Discord.Gateway;
using WatchBot.Emulators;
using WatchBot.Emulators.Discord.Gateway;
using WatchBot.Platform.Resilience;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>
/// The real gateway client against the loopback emulator, on a manual clock: heartbeats, identify
/// slots and backoff move only when a test advances time.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "SECRET-test-token";
    public static readonly TimeSpan Wait = EmulatorAssembly.Patience;

    private readonly CancellationTokenSource _stop = new();
    private int _barriers;

    private GatewayHarness(DiscordGatewayEmulator emulator, FakeGatewayUrlSource source, GatewayOptions options, double jitter)
    {
        Emulator = emulator;
        Source = source;
        Options = options;
        Client = new DiscordGatewayClient(source, Handler, Microsoft.Extensions.Options.Options.Create(options), new RandomJitter(new FixedRandom(jitter)), Clock, Logger);
    }

    public DiscordGatewayEmulator Emulator { get; }

    public FakeGatewayUrlSource Source { get; }

    public GatewayOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(TestTime.Start);

    public RecordingLogger<DiscordGatewayClient> Logger { get; } = new();

    public RecordingInteractionHandler Handler { get; } = new();

    public DiscordGatewayClient Client { get; }

    public Task<GatewayStopped>? Run { get; private set; }

    public static async Task<GatewayHarness> StartAsync(
        Action<GatewayOptions>? configure = null,
        double jitter = 0.5,
        int shards = 1,
        int maxConcurrency = 1,
        Action<DiscordGatewayEmulator>? setup = null)
    {
        var emulator = await DiscordGatewayEmulator.StartAsync();
        setup?.Invoke(emulator);
        var options = new GatewayOptions
        {
            Token = Token,
            ReconnectDelayMin = TimeSpan.Zero,
            ReconnectDelayMax = TimeSpan.Zero,
        };
        configure?.Invoke(options);
        var harness = new GatewayHarness(emulator, new FakeGatewayUrlSource(emulator.Url, shards, maxConcurrency: maxConcurrency), options, jitter);

        // Off the test's synchronization context, as the host would run it.
        harness.Run = Task.Run(() => harness.Client.RunAsync(harness._stop.Token));
        return harness;
    }

    /// <summary>Waits until the client has processed <paramref name="count"/> READY/RESUMED dispatches.</summary>
    public Task WaitSessionsAsync(int count) =>
        WaitForAsync(() => Logger.Entries.Count(e => e.Id is 4303 or 4304) >= count);

    public async Task WaitForAsync(Func<bool> condition)
    {
        await Emulator.WaitUntilAsync(_ => condition(), Wait);
    }

    /// <summary>Advances the manual clock a step at a time until <paramref name="condition"/> holds (bounded).</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step)
    {
        await Emulator.WaitUntilAsync(
            _ =>
            {
                if (condition())
                {
                    return true;
                }

                Clock.Advance(step);
                return condition();
            },
            Wait);
    }

    /// <summary>
    /// A round trip through the client's receive loop: an interaction dispatch that must reach the
    /// handler, so everything sent before it has been processed. Returns its sequence number.
    /// </summary>
    public async Task<long> BarrierAsync(int? shardId = null)
    {
        var id = $"barrier-{Interlocked.Increment(ref _barriers)}";
        var seq = await Emulator.DispatchInteractionAsync($$"""{"id":"{{id}}","type":2}""", shardId);
        await WaitForAsync(() => Handler.Received.Any(r => r.GetProperty("id").GetString() == id));
        return seq;
    }

    public IReadOnlyList<JsonElement> Sent(int op) => [.. Emulator.Received.Where(r => r.Op == op).Select(r => r.Data)];

    public async Task<GatewayStopped> StopAsync()
    {
        await _stop.CancelAsync();
        return await Run!.WaitAsync(Wait);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        try
        {
            await Run!.WaitAsync(Wait);
        }
        finally
        {
            await Emulator.DisposeAsync();
            _stop.Dispose();
        }
    }
}
