using System.Text.Json;
using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>
/// One inbound gateway message <c>{op, d, s, t}</c>. <see cref="D"/> stays raw until the opcode says
/// what it is; <see cref="S"/> and <see cref="T"/> are null except on dispatches (op 0).
/// </summary>
internal sealed record GatewayPayload
{
    [JsonPropertyName("op")]
    public int Op { get; init; }

    /// <summary>The event data; <see cref="JsonValueKind.Undefined"/> when absent (op 11).</summary>
    [JsonPropertyName("d")]
    public JsonElement D { get; init; }

    [JsonPropertyName("s")]
    public long? S { get; init; }

    [JsonPropertyName("t")]
    public string? T { get; init; }
}
