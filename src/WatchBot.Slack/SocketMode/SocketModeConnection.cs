using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// One WebSocket to Slack: receives frames, hands envelopes to the dispatcher without waiting for
/// them, and sends acks one at a time (a WebSocket allows a single sender). A connection is used once:
/// after <see cref="Ended"/> the client opens a new one with a new URL.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly SocketModeEnvelopeDispatcher _dispatcher;
    private readonly SocketModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource<SocketModeHello> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SocketModeConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private long _dispatches;
    private int _leaving;
    private int _disposed;
    private Task _receiving = Task.CompletedTask;

    private SocketModeConnection(int id, ClientWebSocket socket, SocketModeEnvelopeDispatcher dispatcher,
        SocketModeOptions options, TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        Id = id;
        _socket = socket;
        _dispatcher = dispatcher;
        _options = options;
        _time = time;
        _logger = logger;
        _stopping = stopping;
    }

    public int Id { get; }

    /// <summary>Completes when Slack says <c>hello</c>.</summary>
    public Task<SocketModeHello> Hello => _hello.Task;

    /// <summary>Completes at Slack's first <c>disconnect</c> message, or when the socket goes away.</summary>
    public Task<SocketModeConnectionEnd> Ended => _ended.Task;

    /// <summary>When <c>hello</c> arrived, on the injected clock; null before.</summary>
    public DateTimeOffset? ReadyAt { get; private set; }

    /// <summary>Handshake (bounded by the connect timeout) and start receiving; <paramref name="stopping"/>
    /// is the client's lifetime, handed on to envelope handlers.</summary>
    public static async Task<SocketModeConnection> OpenAsync(int id, Uri url, SocketModeEnvelopeDispatcher dispatcher,
        SocketModeOptions options, TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.PingInterval;
        if (options.PingInterval > TimeSpan.Zero && options.PongTimeout > TimeSpan.Zero)
        {
            socket.Options.KeepAliveTimeout = options.PongTimeout;
        }

        try
        {
            using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
            await socket.ConnectAsync(url, linked.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new SocketModeConnection(id, socket, dispatcher, options, time, logger, stopping);
        connection._receiving = connection.ReceiveLoopAsync();
        return connection;
    }

    /// <summary>Sends one frame; returns null on success or the error's type name when the socket is gone.</summary>
    public async Task<string?> TrySendAsync(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            await _sendLock.WaitAsync(_lifetime.Token);
            try
            {
                await _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token);
                return null;
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            return ex.GetType().Name;
        }
    }

    /// <summary>
    /// Leaves the connection gracefully: lets in-flight envelopes finish their acks, sends a close
    /// frame and waits for Slack's, each step bounded by <see cref="SocketModeOptions.CloseTimeout"/>.
    /// </summary>
    public async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _leaving, 1) == 0)
        {
            await DrainAsync();
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(_options.CloseTimeout, _time);
                    await _sendLock.WaitAsync(timeout.Token);
                    try
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
                    }
                    finally
                    {
                        _sendLock.Release();
                    }

                    await _receiving.WaitAsync(_options.CloseTimeout, _time);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
            {
                // Slack did not answer the close in time or the socket is already gone: abort below.
            }
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _lifetime.CancelAsync();
            _socket.Abort();
            await _receiving;
            _socket.Dispose();
            _ended.TrySetResult(SocketModeConnectionEnd.Dropped);
            SocketModeLog.Closed(_logger, Id);
        }
    }

    private async Task DrainAsync()
    {
        try
        {
            await Task.WhenAll(_inFlight.Values).WaitAsync(_options.CloseTimeout, _time);
        }
        catch (TimeoutException)
        {
            // Envelopes still in flight will fail to ack; Slack redelivers them on the new connection.
        }
    }
}
