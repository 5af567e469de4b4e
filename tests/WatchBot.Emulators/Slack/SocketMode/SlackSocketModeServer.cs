using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WatchBot.Emulators.Slack.SocketMode;

/// <summary>
/// A loopback Slack Socket Mode server (Kestrel + WebSockets on 127.0.0.1). It hands out single-use
/// connection URLs (<see cref="NewConnectionUrl"/>, what <c>apps.connections.open</c> returns), says
/// <c>hello</c>, pushes envelopes and disconnect messages to the newest connection, drops sockets,
/// and records every ack with its payload and timing.
/// </summary>
public sealed partial class SlackSocketModeServer : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, byte> _tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, EmulatedSocketModeConnection> _open = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sentAt = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly List<SocketModeAckRecord> _acks = [];
    private readonly List<string> _otherMessages = [];
    private readonly ConcurrentQueue<string> _queries = new();
    private readonly WebApplication _app;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _urlsIssued;
    private int _connections;
    private int _rejected;
    private int _peakOpen;

    private SlackSocketModeServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>The HTTP base address actually bound (port chosen by the OS).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>When false, new connections get no <c>hello</c> (to exercise the hello timeout).</summary>
    public bool SendHello { get; set; } = true;

    /// <summary>Connection URLs handed out so far.</summary>
    public int UrlsIssued => Volatile.Read(ref _urlsIssued);

    /// <summary>WebSocket connections accepted so far (each with a fresh URL).</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Connections currently open.</summary>
    public int OpenConnectionCount => _open.Count;

    /// <summary>
    /// The most connections open at once: 2 after a refresh done right (new one opened before the old
    /// one closed), 1 when the client closed first.
    /// </summary>
    public int PeakOpenConnectionCount => Volatile.Read(ref _peakOpen);

    /// <summary>Connection attempts refused because their URL was unknown or already used.</summary>
    public int RejectedConnectionCount => Volatile.Read(ref _rejected);

    public IReadOnlyList<SocketModeAckRecord> Acks
    {
        get
        {
            lock (_gate)
            {
                return [.. _acks];
            }
        }
    }

    /// <summary>The query strings of accepted connections, in order (to see what the client appended).</summary>
    public IReadOnlyList<string> ConnectionQueries => [.. _queries];

    /// <summary>Frames from the client that were not acks (raw text).</summary>
    public IReadOnlyList<string> OtherMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _otherMessages];
            }
        }
    }

    /// <param name="time">The clock ack timings are measured on; the system clock by default.</param>
    public static async Task<SlackSocketModeServer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(EmulatorAssembly.Loopback);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new SlackSocketModeServer(app, time ?? TimeProvider.System);
        app.UseWebSockets();
        app.Run(server.AcceptAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>A fresh single-use URL, like <c>apps.connections.open</c>'s <c>url</c>.</summary>
    public Uri NewConnectionUrl()
    {
        var ticket = Guid.NewGuid().ToString("N");
        _tickets[ticket] = 0;
        Interlocked.Increment(ref _urlsIssued);
        return new Uri($"ws://{BaseAddress.Authority}/link/?ticket={ticket}&app_id=A111");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _open.Values)
        {
            connection.Socket.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Signal()
    {
        var changed = Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        changed.TrySetResult();
    }
}
