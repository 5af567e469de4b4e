using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>Op 10 Hello: how often to heartbeat, in milliseconds.</summary>
internal sealed record HelloData([property: JsonPropertyName("heartbeat_interval")] int HeartbeatInterval);
