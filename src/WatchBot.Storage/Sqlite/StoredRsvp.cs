using System.Text.Json.Serialization;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// One answer as stored in the <c>rsvps</c> JSON column: the person's id on the session's platform
/// (as participants are), the answer by its member name, and since when in unix milliseconds. The
/// names are the stored format.
/// </summary>
internal sealed record StoredRsvp(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("since")] long Since);
