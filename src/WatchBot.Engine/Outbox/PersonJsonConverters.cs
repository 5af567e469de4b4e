using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// A person's key as one string, <c>platform:id</c> (platform names have no colon; ids may): it is a
/// dictionary key in a session (who reacted when), which JSON can only write as a string.
/// </summary>
internal sealed class UserKeyJsonConverter : JsonConverter<UserKey>
{
    public override UserKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, UserKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

    public override UserKey ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, UserKey value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());

    private static UserKey Parse(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? new UserKey(text![..colon], text[(colon + 1)..]) : throw new JsonException("A person's key is platform:id.");
    }
}

/// <summary>A person as their key and display name (the record has two constructors, which JSON cannot choose between).</summary>
internal sealed class UserRefJsonConverter : JsonConverter<UserRef>
{
    public override UserRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize(ref reader, Person(options)) ?? throw new JsonException("A person is an object.");
        return new UserRef(stored.Key ?? throw new JsonException("A person has a key."), stored.Name ?? string.Empty);
    }

    public override void Write(Utf8JsonWriter writer, UserRef value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new StoredPerson(value.Key, value.DisplayName), Person(options));

    // The JSON contexts that use this converter list StoredPerson too (no reflection in a Native AOT build).
    private static JsonTypeInfo<StoredPerson> Person(JsonSerializerOptions options) => (JsonTypeInfo<StoredPerson>)options.GetTypeInfo(typeof(StoredPerson));
}
