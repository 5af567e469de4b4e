using System.Text.Json.Serialization;

namespace WatchBot.Storage.Sqlite;

/// <summary>Source-generated JSON for the JSON columns: no reflection, and the format is fixed at compile time.</summary>
[JsonSerializable(typeof(StoredUser[]))]
[JsonSerializable(typeof(StoredRsvp[]))]
[JsonSerializable(typeof(StoredBreakRequest[]))]
[JsonSerializable(typeof(StoredBreak[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(long[]))]
[JsonSerializable(typeof(Dictionary<string, long>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
