namespace WatchBot.Testing;

/// <summary>One measurement as a <see cref="MetricsRecorder"/> kept it.</summary>
public sealed record MetricsRecord(string Instrument, string? Unit, double Value, IReadOnlyList<KeyValuePair<string, object?>> Tags)
{
    public string? Tag(string key) => Convert.ToString(Tags.FirstOrDefault(t => t.Key == key).Value, System.Globalization.CultureInfo.InvariantCulture);
}
