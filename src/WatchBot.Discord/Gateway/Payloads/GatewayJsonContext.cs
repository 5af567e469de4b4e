using System.Text.Json.Serialization;

namespace WatchBot.Discord.Gateway.Payloads;

/// <summary>The gateway's JSON, generated at build time (a Native AOT build has no reflection-based JSON): every payload read and every command sent.</summary>
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayCommand<long?>), TypeInfoPropertyName = "HeartbeatCommand")]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>), TypeInfoPropertyName = "IdentifyCommand")]
[JsonSerializable(typeof(GatewayCommand<ResumeData>), TypeInfoPropertyName = "ResumeCommand")]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
