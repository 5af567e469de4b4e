using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>The connection properties of Identify (names without the deprecated <c>$</c> prefix).</summary>
internal sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);
