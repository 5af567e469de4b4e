using System.Text.Json.Serialization;

namespace WatchBot.Storage.Sqlite;

/// <summary>A break taken as stored in the <c>breaks_taken</c> JSON column; the names are the stored format.</summary>
internal sealed record StoredBreak(
    [property: JsonPropertyName("position_ms")] long PositionMs,
    [property: JsonPropertyName("started_at")] long StartedAt,
    [property: JsonPropertyName("ended_at")] long? EndedAt);
