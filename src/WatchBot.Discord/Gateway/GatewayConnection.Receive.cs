using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using WatchBot.Discord.Gateway.Payloads;
using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>The receive loop: frames to payloads, payloads to actions, and the verdict when it ends.</summary>
internal sealed partial class GatewayConnection
{
    private const int ReceiveChunk = 16 * 1024;

    private async Task<SocketOutcome> ReceiveLoopAsync(bool resume)
    {
        var message = new ArrayBufferWriter<byte>(ReceiveChunk);
        int? closeCode = null;
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(message.GetMemory(ReceiveChunk), _abort.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                if (Requested() is null)
                {
                    GatewayLog.ConnectionLost(ctx.Logger, ex is OperationCanceledException ? null : ex, shardId);
                }

                break;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                closeCode = (int?)_socket.CloseStatus;
                await AnswerCloseAsync();
                break;
            }

            message.Advance(result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            Route(message.WrittenSpan, resume);
            message.ResetWrittenCount();
        }

        return Classify(closeCode);
    }

    private void Route(ReadOnlySpan<byte> utf8, bool resume)
    {
        try
        {
            var payload = GatewayJson.Parse(utf8);
            session.Observe(payload.S);
            Route(payload, resume);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Discord never sends these; a proxy or a bug might. Skip the frame, keep the connection.
            GatewayLog.MalformedMessage(ctx.Logger, ex.GetType().Name, shardId);
        }
    }

    private void Route(GatewayPayload payload, bool resume)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Hello:
                OnHello(payload.D, resume);
                break;
            case GatewayOpcode.HeartbeatAck:
                Interlocked.Exchange(ref _awaitingAck, 0);
                break;
            case GatewayOpcode.Heartbeat:
                Track(SendHeartbeatAsync());
                break;
            case GatewayOpcode.Reconnect:
                GatewayLog.ReconnectRequested(ctx.Logger, shardId);
                RequestClose(SocketOutcome.Reconnect, GatewayCloseCodes.ClientResuming);
                break;
            case GatewayOpcode.InvalidSession:
                var resumable = payload.D.ValueKind == JsonValueKind.True;
                GatewayLog.InvalidSession(ctx.Logger, shardId, resumable);
                if (!resumable)
                {
                    session.Clear();
                }

                RequestClose(SocketOutcome.Reconnect, GatewayCloseCodes.ClientResuming);
                break;
            case GatewayOpcode.Dispatch:
                OnDispatch(payload);
                break;
            default:
                break;
        }
    }

    private void OnDispatch(GatewayPayload payload)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = GatewayJson.Data<ReadyData>(payload.D);
                if (ready is not null && Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
                {
                    session.Ready(ready.SessionId, resumeUrl);
                }

                MarkHealthy();
                GatewayLog.Ready(ctx.Logger, shardId);
                break;
            case "RESUMED":
                MarkHealthy();
                GatewayLog.Resumed(ctx.Logger, shardId);
                break;
            case "INTERACTION_CREATE" when payload.D.ValueKind == JsonValueKind.Object:
                // Deserialize already copied d out of the receive buffer, so it may outlive this loop.
                _ = ctx.Dispatcher.Dispatch(payload.D, ctx.Stopping);
                break;
            default:
                break;
        }
    }

    private SocketOutcome Classify(int? closeCode)
    {
        if (closeCode is int code && GatewayCloseCodes.IsFatal(code))
        {
            return new SocketOutcome(SocketNext.Fatal, false, code);
        }

        if (Requested() is { } requested)
        {
            return requested with { CloseCode = closeCode };
        }

        if (closeCode is int other)
        {
            if (GatewayCloseCodes.EndsSession(other))
            {
                session.Clear();
            }

            GatewayLog.ClosedByServer(ctx.Logger, shardId, other, session.Resumable is null ? "identify" : "resume");
        }

        return SocketOutcome.Reconnect with { CloseCode = closeCode };
    }

    private void MarkHealthy()
    {
        lock (_gate)
        {
            _healthy = true;
        }

        ready?.Invoke();
    }
}
