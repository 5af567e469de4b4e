using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>The READY dispatch fields a resume needs (the rest — user, guilds, application — is ignored).</summary>
internal sealed record ReadyData(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("resume_gateway_url")] string ResumeGatewayUrl)
{
    [JsonPropertyName("v")]
    public int? Version { get; init; }

    [JsonPropertyName("shard")]
    public int[]? Shard { get; init; }
}
