using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WatchBot.Emulators;

namespace WatchBot.Platform.Tests.Sockets.Support;

/// <summary>
/// A WebSocket server on loopback (Kestrel) that plays one <see cref="ServerStep"/> per connection
/// attempt, in order (the last one repeats), and reports each attempt as it arrives.
/// </summary>
internal sealed class ScriptedSocketServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ServerStep> _script;
    private readonly WebApplication _app;
    private readonly Channel<ServerStep> _attempts = Channel.CreateUnbounded<ServerStep>();
    private ServerStep _last;

    private ScriptedSocketServer(IEnumerable<ServerStep> script, WebApplication app)
    {
        _script = new ConcurrentQueue<ServerStep>(script);
        _last = ServerStep.Hold;
        _app = app;
    }

    public Uri Url { get; private set; } = null!;

    public static async Task<ScriptedSocketServer> StartAsync(params ServerStep[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(EmulatorAssembly.Loopback);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ScriptedSocketServer(script, app);
        app.UseWebSockets();
        app.Map("/socket", server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/socket");
        return server;
    }

    /// <summary>Waits for the next connection attempt and says which step it got.</summary>
    public async Task<ServerStep> NextAttemptAsync() =>
        await _attempts.Reader.ReadAsync(CancellationToken.None).AsTask().WaitAsync(EmulatorAssembly.Patience);

    /// <summary>Attempts seen but not yet awaited with <see cref="NextAttemptAsync"/>.</summary>
    public int Unread => _attempts.Reader.Count;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var step = _script.TryDequeue(out var next) ? _last = next : _last;
        _attempts.Writer.TryWrite(step);
        if (!step.Accept || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stopping = context.RequestAborted;
        try
        {
            if (step.Ready)
            {
                await socket.SendAsync("ready"u8.ToArray(), WebSocketMessageType.Text, true, stopping);
            }

            switch (step.Then)
            {
                case StepEnd.Close:
                    await socket.CloseOutputAsync((WebSocketCloseStatus)step.CloseCode, null, stopping);
                    break;
                case StepEnd.Drop:
                    // Only once the client has read "ready" (it answers "ack"): an abort discards unsent frames.
                    await socket.ReceiveAsync(new byte[16], stopping);
                    context.Abort();
                    return;
                case StepEnd.Boom:
                    await socket.SendAsync("boom"u8.ToArray(), WebSocketMessageType.Text, true, stopping);
                    break;
                default:
                    break;
            }

            // Hold until the client closes or goes away.
            var buffer = new byte[256];
            while ((await socket.ReceiveAsync(buffer, stopping)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client left: this connection is over.
        }
    }
}
