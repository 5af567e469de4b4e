using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>Serving one connection: hello, then answer identify / resume / heartbeat like Discord.</summary>
public sealed partial class DiscordGatewayEmulator
{
    private async Task ServeAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var id = Interlocked.Increment(ref _connections);
        using var connection = new EmulatedGatewayConnection(id, context.Request.Path + context.Request.QueryString, socket);
        lock (_gate)
        {
            _open.Add(connection);
            _paths.Add(connection.PathAndQuery);
        }

        try
        {
            await connection.SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{HeartbeatIntervalMs}}},"s":null,"t":null}""");
            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(8192), context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (!connection.ServerClosed)
                    {
                        lock (_gate)
                        {
                            _clientCloses.Add(new GatewayClientClose(id, (int?)socket.CloseStatus));
                        }
                    }

                    await connection.CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                    return;
                }

                buffer.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    await OnMessageAsync(connection, Encoding.UTF8.GetString(buffer.WrittenSpan));
                    buffer.ResetWrittenCount();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client dropped the socket: as on Discord, nothing to answer.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(connection);
            }
        }
    }

    private async Task OnMessageAsync(EmulatedGatewayConnection connection, string json)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            await connection.CloseAsync(4002);
            return;
        }

        var op = root.GetProperty("op").GetInt32();
        var d = root.TryGetProperty("d", out var data) ? data : default;
        lock (_gate)
        {
            _received.Add(new GatewayReceived(connection.Id, op, d, json));
        }

        switch (op)
        {
            case 1:
                Interlocked.Increment(ref _heartbeats);
                if (AckHeartbeats)
                {
                    await connection.SendAsync("""{"op":11}""");
                }

                break;
            case 2:
                await IdentifyAsync(connection, d);
                break;
            case 6:
                await ResumeAsync(connection, d);
                break;
            default:
                break;
        }
    }

    private async Task IdentifyAsync(EmulatedGatewayConnection connection, JsonElement d)
    {
        Interlocked.Increment(ref _identifies);
        if (RejectIdentifyWithCloseCode is int code)
        {
            await connection.CloseAsync(code);
            return;
        }

        var shard = d.TryGetProperty("shard", out var s) ? s[0].GetInt32() : 0;
        var count = d.TryGetProperty("shard", out var c) ? c[1].GetInt32() : 1;
        var session = new EmulatedGatewaySession($"session-{Guid.NewGuid():N}", shard);
        lock (_gate)
        {
            _sessions[session.Id] = session;
        }

        connection.Session = session;
        connection.ShardId = shard;
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "1", ["username"] = "WatchBot", ["discriminator"] = "0", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = ResumeUrl.ToString(),
            ["shard"] = new JsonArray(shard, count),
            ["application"] = new JsonObject { ["id"] = "1", ["flags"] = 0 },
        };
        await SendDispatchAsync(connection, "READY", ready);
    }

    private async Task ResumeAsync(EmulatedGatewayConnection connection, JsonElement d)
    {
        Interlocked.Increment(ref _resumes);
        EmulatedGatewaySession? session;
        lock (_gate)
        {
            _sessions.TryGetValue(d.GetProperty("session_id").GetString() ?? "", out session);
        }

        if (session is null)
        {
            await connection.SendAsync("""{"op":9,"d":false,"s":null,"t":null}""");
            return;
        }

        connection.Session = session;
        connection.ShardId = session.ShardId;
        await SendDispatchAsync(connection, "RESUMED", new JsonObject());
    }

    private static Task SendDispatchAsync(EmulatedGatewayConnection connection, string eventName, JsonNode data)
    {
        var seq = connection.Session?.NextSequence() ?? 1;
        var payload = new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = seq, ["t"] = eventName };
        return connection.SendAsync(payload.ToJsonString());
    }
}
