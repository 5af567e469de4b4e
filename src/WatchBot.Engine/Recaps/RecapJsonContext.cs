using System.Text.Json;
using System.Text.Json.Serialization;
using WatchBot.Core.Features.Recaps;
using WatchBot.Engine.Outbox;

namespace WatchBot.Engine.Recaps;

/// <summary>
/// A kept recap's JSON, generated at build time (Native AOT has no reflection-based JSON), with the
/// options the reflection-based codec had (no fields, people as key and name): recaps already stored
/// read the same and new ones are written byte for byte as before.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.General, Converters = [typeof(UserKeyJsonConverter), typeof(UserRefJsonConverter)])]
[JsonSerializable(typeof(KeptRecap))]
[JsonSerializable(typeof(StoredPerson))]
internal sealed partial class RecapJsonContext : JsonSerializerContext;
