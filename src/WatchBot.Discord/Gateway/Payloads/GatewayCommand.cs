using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>One outbound gateway message <c>{op, d}</c>; <c>d</c> is written even when null (a first heartbeat).</summary>
internal sealed record GatewayCommand<T>(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] T D);
