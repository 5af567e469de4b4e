using System.Text.Json.Serialization;

namespace WatchBot.Storage.Sqlite.Series;

/// <summary>Source-generated JSON for the series' JSON columns (skipped dates, reminder leads in milliseconds).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(long[]))]
internal sealed partial class SeriesJsonContext : JsonSerializerContext;
