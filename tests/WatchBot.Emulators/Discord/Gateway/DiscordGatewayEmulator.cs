using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>
/// A loopback Discord gateway (Kestrel + WebSockets): hello with a chosen interval, READY for
/// identify (with <c>resume_gateway_url</c> pointing back here at <c>/resume</c>), RESUMED for a known
/// session, heartbeat ACKs (switchable off to make a zombie), and on demand: dispatches, op 7,
/// op 9, op 1 and closes with any code. Everything received is recorded.
/// </summary>
public sealed partial class DiscordGatewayEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<EmulatedGatewayConnection> _open = [];
    private readonly List<GatewayReceived> _received = [];
    private readonly List<GatewayClientClose> _clientCloses = [];
    private readonly List<string> _paths = [];
    private readonly Dictionary<string, EmulatedGatewaySession> _sessions = [];
    private int _connections;
    private int _identifies;
    private int _resumes;
    private int _heartbeats;

    private DiscordGatewayEmulator(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The gateway URL (<c>ws://127.0.0.1:port/</c>), as <c>GET /gateway/bot</c> would give it.</summary>
    public Uri Url { get; }

    /// <summary>What READY names as <c>resume_gateway_url</c>.</summary>
    public Uri ResumeUrl => new(Url, "/resume");

    /// <summary>The <c>heartbeat_interval</c> sent in hello, in milliseconds. Default 45 000 (Discord's).</summary>
    public int HeartbeatIntervalMs { get; set; } = 45_000;

    /// <summary>Answer heartbeats with op 11. Set false to make the connection look zombied.</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>When set, identify is answered by closing with this code (4004 = bad token).</summary>
    public int? RejectIdentifyWithCloseCode { get; set; }

    public int Connections => Volatile.Read(ref _connections);

    public int Identifies => Volatile.Read(ref _identifies);

    public int Resumes => Volatile.Read(ref _resumes);

    public int Heartbeats => Volatile.Read(ref _heartbeats);

    /// <summary>Connections open now.</summary>
    public int OpenConnections
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    public IReadOnlyList<GatewayReceived> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public IReadOnlyList<GatewayClientClose> ClientCloses
    {
        get
        {
            lock (_gate)
            {
                return [.. _clientCloses];
            }
        }
    }

    /// <summary>Path and query of every connection, in accept order.</summary>
    public IReadOnlyList<string> ConnectionPaths
    {
        get
        {
            lock (_gate)
            {
                return [.. _paths];
            }
        }
    }

    public static async Task<DiscordGatewayEmulator> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(EmulatorAssembly.Loopback);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        DiscordGatewayEmulator? emulator = null;
        app.UseWebSockets();
        app.Run(context => emulator!.AcceptAsync(context));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new Uri(address);
        emulator = new DiscordGatewayEmulator(app, new UriBuilder(http) { Scheme = "ws", Path = "/" }.Uri);
        return emulator;
    }

    /// <summary>Polls (bounded) until <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> otherwise.</summary>
    public async Task WaitUntilAsync(Func<DiscordGatewayEmulator, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)((timeout ?? EmulatorAssembly.Patience).TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!condition(this))
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException("The emulated gateway did not reach the expected state in time.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        return ServeAsync(context);
    }
}
