using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using WatchBot.Emulators;
using WatchBot.Platform.Sockets;

namespace WatchBot.Platform.Tests.Sockets.Support;

/// <summary>
/// A tiny platform protocol over real WebSockets: <c>ready</c> makes the connection healthy; a close
/// with 4004 is fatal, any other close reconnects; a dropped socket reconnects after the backoff;
/// <c>boom</c> is a bug (it throws). It answers <c>ready</c> with <c>ack</c>. Records what the host told it.
/// </summary>
internal sealed class LineProtocol(Uri url) : ISocketProtocol
{
    public const int FatalCode = 4004;

    private readonly Channel<SocketAttempt> _ready = Channel.CreateUnbounded<SocketAttempt>();

    public ConcurrentQueue<SocketAttempt> Attempts { get; } = new();

    public ConcurrentQueue<(TimeSpan Delay, int Failures)> Waits { get; } = new();

    public ConcurrentQueue<(Exception Exception, TimeSpan RetryDelay)> Failures { get; } = new();

    public async Task<SocketOutcome> RunConnectionAsync(SocketAttempt attempt, CancellationToken stopping)
    {
        Attempts.Enqueue(attempt);
        using var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, stopping);
        }
        catch (WebSocketException)
        {
            return SocketOutcome.Reconnect;
        }

        var healthy = false;
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, stopping);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    var code = (int?)socket.CloseStatus;
                    return code == FatalCode
                        ? new SocketOutcome(SocketNext.Fatal, healthy, code)
                        : new SocketOutcome(SocketNext.Reconnect, healthy, code);
                }

                switch (Encoding.UTF8.GetString(buffer, 0, received.Count))
                {
                    case "ready":
                        healthy = true;
                        attempt.Connected();
                        _ready.Writer.TryWrite(attempt);
                        await socket.SendAsync("ack"u8.ToArray(), WebSocketMessageType.Text, true, stopping);
                        break;
                    case "boom":
                        throw new InvalidOperationException("a bug in the protocol");
                    default:
                        break;
                }
            }
        }
        catch (WebSocketException)
        {
            return new SocketOutcome(SocketNext.ReconnectAfterBackoff, healthy);
        }
    }

    /// <summary>Waits until a connection has said ready (and the host was told); returns its attempt.</summary>
    public async Task<SocketAttempt> NextReadyAsync() =>
        await _ready.Reader.ReadAsync(CancellationToken.None).AsTask().WaitAsync(EmulatorAssembly.Patience);

    public void OnWaiting(TimeSpan delay, int failures) => Waits.Enqueue((delay, failures));

    public void OnConnectionFailed(Exception exception, TimeSpan retryDelay) => Failures.Enqueue((exception, retryDelay));
}
