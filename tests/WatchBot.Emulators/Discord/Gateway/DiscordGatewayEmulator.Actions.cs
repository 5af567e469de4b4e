using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord.Gateway;

/// <summary>What a test can make the gateway do, to every open connection or to one shard's.</summary>
public sealed partial class DiscordGatewayEmulator
{
    /// <summary>Sends a dispatch with the session's next sequence number; returns that number (of the last target).</summary>
    public async Task<long> DispatchAsync(string eventName, string dataJson, int? shardId = null)
    {
        long seq = 0;
        foreach (var connection in Targets(shardId))
        {
            seq = connection.Session?.NextSequence() ?? 0;
            var payload = new JsonObject { ["op"] = 0, ["d"] = JsonNode.Parse(dataJson), ["s"] = seq, ["t"] = eventName };
            await connection.SendAsync(payload.ToJsonString());
        }

        return seq;
    }

    /// <summary>
    /// A dispatch whose <c>d</c> is <paramref name="rawDataJson"/> spliced in unparsed (it may hold
    /// escapes .NET cannot read, or be no JSON at all), with the session's next sequence number.
    /// </summary>
    public async Task DispatchRawAsync(string eventName, string rawDataJson)
    {
        foreach (var connection in Targets(null))
        {
            var seq = connection.Session?.NextSequence() ?? 0;
            var name = System.Text.Json.JsonSerializer.Serialize(eventName);
            await connection.SendAsync($$"""{"op":0,"s":{{seq}},"t":{{name}},"d":{{rawDataJson}}}""");
        }
    }

    /// <summary>An INTERACTION_CREATE carrying <paramref name="interactionJson"/> as <c>d</c>.</summary>
    public Task<long> DispatchInteractionAsync(string interactionJson, int? shardId = null) =>
        DispatchAsync("INTERACTION_CREATE", interactionJson, shardId);

    /// <summary>Op 7: the client should resume on a new connection.</summary>
    public Task SendReconnectAsync(int? shardId = null) => SendAllAsync("""{"op":7,"d":null,"s":null,"t":null}""", shardId);

    /// <summary>Op 9 with <c>d</c> = <paramref name="resumable"/>.</summary>
    public Task SendInvalidSessionAsync(bool resumable, int? shardId = null) =>
        SendAllAsync(resumable ? """{"op":9,"d":true,"s":null,"t":null}""" : """{"op":9,"d":false,"s":null,"t":null}""", shardId);

    /// <summary>Op 1: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync(int? shardId = null) => SendAllAsync("""{"op":1,"d":null,"s":null,"t":null}""", shardId);

    /// <summary>Closes with <paramref name="code"/> (4000–4014 as Discord would, or any other).</summary>
    public async Task CloseAsync(int code, int? shardId = null)
    {
        foreach (var connection in Targets(shardId))
        {
            await connection.CloseAsync(code);
        }
    }

    /// <summary>Sends <paramref name="text"/> as one text frame, unchecked (for malformed-input tests).</summary>
    public Task SendRawAsync(string text, int? shardId = null) => SendAllAsync(text, shardId);

    /// <summary>Drops the socket without a close frame (a network failure); the client should resume.</summary>
    public void Drop(int? shardId = null)
    {
        foreach (var connection in Targets(shardId))
        {
            connection.Abort();
        }
    }

    private async Task SendAllAsync(string json, int? shardId)
    {
        foreach (var connection in Targets(shardId))
        {
            await connection.SendAsync(json);
        }
    }

    private List<EmulatedGatewayConnection> Targets(int? shardId)
    {
        lock (_gate)
        {
            return [.. _open.Where(c => shardId is null || c.ShardId == shardId)];
        }
    }
}
