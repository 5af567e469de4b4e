using System.Text.Json.Serialization;

namespace WatchBot.Storage.Sqlite;

/// <summary>An ask for a break as stored in the <c>break_requests</c> JSON column; the names are the stored format.</summary>
internal sealed record StoredBreakRequest(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("at")] long At,
    [property: JsonPropertyName("open")] bool Open);
