using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WatchBot.Emulators.Slack.SocketMode;

public sealed partial class SlackSocketModeServer
{
    private async Task AcceptAsync(HttpContext context)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.StartsWithSegments("/link"))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!_tickets.TryRemove(ticket, out _))
        {
            // Slack's URLs are single-use: a reused or invented one is refused.
            Interlocked.Increment(ref _rejected);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            Signal();
            return;
        }

        _queries.Enqueue(context.Request.QueryString.Value ?? string.Empty);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new EmulatedSocketModeConnection(Interlocked.Increment(ref _connections), socket);
        _open[connection.Number] = connection;
        lock (_gate)
        {
            _peakOpen = Math.Max(_peakOpen, _open.Count);
        }

        Signal();
        try
        {
            if (SendHello)
            {
                await connection.SendAsync(SocketModeFrames.Hello(_open.Count));
            }

            await ReceiveAsync(connection);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the test dropped the socket.
        }
        finally
        {
            _open.TryRemove(connection.Number, out _);
            Signal();
        }
    }

    private async Task ReceiveAsync(EmulatedSocketModeConnection connection)
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (true)
        {
            var received = await connection.Socket.ReceiveAsync(buffer, CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await connection.CloseAsync();
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            Record(connection.Number, Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            message.SetLength(0);
        }
    }

    private void Record(int connectionNumber, string text)
    {
        var now = _time.GetUtcNow();
        JsonObject? frame = null;
        try
        {
            frame = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            // Kept below as an "other" message.
        }

        lock (_gate)
        {
            if (frame?["envelope_id"] is JsonValue id && id.TryGetValue(out string? envelopeId))
            {
                _acks.Add(new SocketModeAckRecord(envelopeId, frame["payload"] as JsonObject, connectionNumber,
                    _sentAt.TryGetValue(envelopeId, out var sent) ? sent : null, now));
            }
            else
            {
                _otherMessages.Add(text);
            }
        }

        Signal();
    }
}
