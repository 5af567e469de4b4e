using System.Text.Json.Serialization;

namespace WatchBot.Storage.Sqlite;

/// <summary>A participant as stored in the <c>participants</c> JSON column; the names are the stored format.</summary>
internal sealed record StoredUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);
