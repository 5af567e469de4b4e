using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>Op 6 Resume: the stored session and the last sequence number received.</summary>
internal sealed record ResumeData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("seq")] long? Seq);
