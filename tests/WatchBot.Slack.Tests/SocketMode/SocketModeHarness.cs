using Microsoft.Extensions.Logging;
using WatchBot.Emulators;
using WatchBot.Emulators.Slack.SocketMode;
using WatchBot.Platform.Sockets;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>
/// The emulated Slack, a URL source pointing at it, a scripted handler, captured logs, and the real
/// client running against them on real WebSockets over 127.0.0.1.
/// </summary>
internal sealed class SocketModeHarness : IAsyncDisposable
{
    public static readonly TimeSpan Wait = EmulatorAssembly.Patience;

    private readonly CancellationTokenSource _stop = new();
    private readonly ILoggerFactory _loggerFactory;

    private SocketModeHarness(SlackSocketModeServer server, SocketModeOptions options, TimeProvider time)
    {
        Server = server;
        Options = options;
        Urls = new EmulatorUrlSource(server);
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Client = new SocketModeClient(Urls, Handler, Microsoft.Extensions.Options.Options.Create(options), time,
            new FixedJitter(0.5), _loggerFactory.CreateLogger<SocketModeClient>());
    }

    public SlackSocketModeServer Server { get; }

    public SocketModeOptions Options { get; }

    public EmulatorUrlSource Urls { get; }

    public ScriptedEnvelopeHandler Handler { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public SocketModeClient Client { get; }

    public Task Running { get; private set; } = Task.CompletedTask;

    /// <summary>Fast reconnects on the given clock (system by default); does not start the client.</summary>
    public static async Task<SocketModeHarness> CreateAsync(TimeProvider? time = null, Action<SocketModeOptions>? configure = null)
    {
        time ??= TimeProvider.System;
        var options = new SocketModeOptions
        {
            ReconnectDelayMin = TimeSpan.FromMilliseconds(20),
            ReconnectDelayMax = TimeSpan.FromMilliseconds(80),
            CloseTimeout = TimeSpan.FromSeconds(2),
        };
        configure?.Invoke(options);
        Assert.True(new SocketModeOptionsValidator().Validate(null, options).Succeeded);
        return new SocketModeHarness(await SlackSocketModeServer.StartAsync(time), options, time);
    }

    /// <summary>Creates, starts, and waits until the client has said hello back.</summary>
    public static async Task<SocketModeHarness> StartConnectedAsync(TimeProvider? time = null, Action<SocketModeOptions>? configure = null)
    {
        var harness = await CreateAsync(time, configure);
        harness.Start();
        await harness.WaitForStatusAsync(SocketStatus.Connected);
        return harness;
    }

    public void Start() => Running = Task.Run(() => Client.RunAsync(_stop.Token));

    /// <summary>Polls (bounded) until the client reports the status.</summary>
    public async Task WaitForStatusAsync(SocketStatus status)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(Wait.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (Client.Status != status)
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, $"client never reached {status} (is {Client.Status})");
            Assert.False(Running.IsFaulted, Running.Exception?.ToString());
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Running.WaitAsync(Wait);
        await Server.DisposeAsync();
        _loggerFactory.Dispose();
        _stop.Dispose();
    }
}
