using System.Text.Json;
using WatchBot.Discord.Interactions;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Channels;

/// <summary>The few fields of a Discord channel object that say whether it is age-restricted.</summary>
internal static class ChannelObject
{
    /// <summary>ANNOUNCEMENT_THREAD, PUBLIC_THREAD, PRIVATE_THREAD: they follow their parent's flag.</summary>
    public static bool IsThreadType(int type) => type is 10 or 11 or 12;

    public static bool IsThread(JsonElement channel) =>
        channel.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number
        && type.TryGetInt32(out var value) && IsThreadType(value);

    /// <summary><c>nsfw</c>: optional, absent meaning false (DD <c>resources/channel.mdx</c>).</summary>
    public static bool Nsfw(JsonElement channel) =>
        channel.TryGetProperty("nsfw", out var nsfw) && nsfw.ValueKind == JsonValueKind.True;

    public static Snowflake? ParentId(JsonElement channel) =>
        Interaction.OptionalSnowflake(channel, "parent_id", out var parent) ? parent : null;
}
