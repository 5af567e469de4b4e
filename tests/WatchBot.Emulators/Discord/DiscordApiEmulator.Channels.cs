using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// <c>GET /channels/{id}</c> as Discord answers it (DD <c>resources/channel.mdx</c>): the channel
/// objects a test put here, 404 with code 10003 (Unknown Channel) for any other. Threads carry no
/// <c>nsfw</c>, only their <c>parent_id</c>, as on Discord (PROTOCOLS §5d).
/// </summary>
public sealed partial class DiscordApiEmulator
{
    private readonly ConcurrentDictionary<string, JsonObject> _channels = new(StringComparer.Ordinal);

    /// <summary>
    /// A channel <c>GET /channels/{id}</c> returns: a text channel (type 0) by default; <paramref name="nsfw"/>
    /// null leaves the field out; a thread (type 10, 11, 12) names its <paramref name="parentId"/>.
    /// </summary>
    public void SetChannel(string id, int type = 0, bool? nsfw = null, string? parentId = null, string guildId = "1")
    {
        var channel = new JsonObject { ["id"] = id, ["type"] = type, ["guild_id"] = guildId, ["name"] = "channel-" + id };
        if (nsfw is { } flag)
        {
            channel["nsfw"] = flag;
        }

        if (parentId is not null)
        {
            channel["parent_id"] = parentId;
        }

        _channels[id] = channel;
    }

    /// <summary>A channel object given whole (a real sample); its <c>id</c> is where it is found.</summary>
    public void SetChannel(JsonObject channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channels[channel["id"]!.GetValue<string>()] = channel;
    }

    private (int, JsonNode?) GetChannel(string id) =>
        _channels.TryGetValue(id, out var channel)
            ? (200, channel.DeepClone())
            : (404, new JsonObject { ["message"] = "Unknown Channel", ["code"] = 10003 });
}
