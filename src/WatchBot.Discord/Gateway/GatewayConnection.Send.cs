using System.Net.WebSockets;
using WatchBot.Discord.Gateway.Payloads;
using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>Sending (one frame at a time, size- and rate-limited) and closing.</summary>
internal sealed partial class GatewayConnection
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private GatewaySendLimiter? _limiter;

    private GatewaySendLimiter Limiter
    {
        get
        {
            lock (_gate)
            {
                return _limiter ??= new GatewaySendLimiter(ctx.Time);
            }
        }
    }

    /// <summary>Sends one command; a failure is logged and left to the receive loop, which sees the broken socket.</summary>
    private async Task SendAsync<T>(GatewayCommand<T> command)
    {
        try
        {
            var bytes = GatewayJson.Serialize(command);
            await Limiter.WaitAsync(wait => GatewayLog.SendThrottled(ctx.Logger, shardId, (long)wait.TotalMilliseconds), _done.Token);
            await _sendLock.WaitAsync(_done.Token);
            try
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _done.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended while waiting to send.
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            GatewayLog.SendFailed(ctx.Logger, ex, shardId, command.Op);
        }
    }

    /// <summary>
    /// Ends the connection with <paramref name="code"/> and decides what follows; the first request
    /// wins. We send our close frame, then wait (bounded) for Discord's, which ends the receive loop.
    /// </summary>
    private void RequestClose(SocketOutcome next, int code)
    {
        lock (_gate)
        {
            if (_requested is not null || _done.IsCancellationRequested)
            {
                return;
            }

            _requested = next;
            _background.Add(CloseAsync(code));
        }
    }

    private async Task CloseAsync(int code)
    {
        try
        {
            await _sendLock.WaitAsync(_done.Token);
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, null, _done.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            await Task.Delay(ctx.Options.CloseTimeout, ctx.Time, _done.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // The socket is already broken: dropping it below is all that is left.
        }

        await _abort.CancelAsync();
    }

    /// <summary>Discord closed first: complete the handshake with its own code.</summary>
    private async Task AnswerCloseAsync()
    {
        try
        {
            await _sendLock.WaitAsync(_done.Token);
            try
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, _done.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Best effort: the connection is over either way.
        }
    }
}
