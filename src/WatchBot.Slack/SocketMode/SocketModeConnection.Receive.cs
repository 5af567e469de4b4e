using System.Buffers;
using System.Net.WebSockets;

namespace WatchBot.Slack.SocketMode;

internal sealed partial class SocketModeConnection
{
    private async Task ReceiveLoopAsync()
    {
        // Yield first so that OpenAsync returns before the first frame is read.
        await Task.Yield();
        var chunk = new byte[16 * 1024];
        var message = new ArrayBufferWriter<byte>(chunk.Length);
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(chunk.AsMemory(), _lifetime.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        await AnswerCloseAsync();
                        return;
                    }

                    if (message.WrittenCount + received.Count > _options.MaxMessageBytes)
                    {
                        SocketModeLog.MessageTooLarge(_logger, Id, _options.MaxMessageBytes);
                        return;
                    }

                    message.Write(chunk.AsSpan(0, received.Count));
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Text)
                {
                    OnFrame(message.WrittenSpan);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket failed or we are leaving it: either way this connection is over.
        }
        finally
        {
            _ended.TrySetResult(SocketModeConnectionEnd.Dropped);
            _hello.TrySetCanceled(CancellationToken.None);
        }
    }

    private void OnFrame(ReadOnlySpan<byte> frame)
    {
        switch (SocketModeMessageParser.Parse(frame))
        {
            case SocketModeEnvelope envelope:
                Track(_dispatcher.DispatchAsync(envelope, this, _stopping));
                break;
            case SocketModeHello hello:
                ReadyAt = _time.GetUtcNow();
                _hello.TrySetResult(hello);
                break;
            case SocketModeDisconnect disconnect:
                _ended.TrySetResult(new SocketModeConnectionEnd(disconnect.Reason));
                break;
            case SocketModeUnknownMessage unknown:
                SocketModeLog.UnknownMessage(_logger, unknown.UnknownType, Id);
                break;
            default:
                SocketModeLog.MalformedMessage(_logger, Id);
                break;
        }
    }

    /// <summary>Keeps an envelope's task until it is done, so leaving the connection can wait for its ack.</summary>
    private void Track(Task dispatch)
    {
        var key = Interlocked.Increment(ref _dispatches);
        _inFlight[key] = dispatch;
        _ = dispatch.ContinueWith(_ => _inFlight.TryRemove(key, out Task? _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task AnswerCloseAsync()
    {
        if (_socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(_options.CloseTimeout, _time);
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Completing the close handshake is a courtesy; the connection is over regardless.
        }
    }
}
