using System.Text.Json.Serialization;

namespace WatchBot.Engine.Outbox;

/// <summary>Source-generated JSON for outbox facts: the stored format is fixed at compile time; absent values are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OutboxFacts))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
