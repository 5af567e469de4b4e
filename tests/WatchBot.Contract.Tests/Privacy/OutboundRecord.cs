namespace WatchBot.Contract.Tests.Privacy;

/// <summary>One finished networking activity: its source, its name and its tags (OpenTelemetry names).</summary>
internal sealed record OutboundRecord(string Source, string Operation, IReadOnlyDictionary<string, string> Tags)
{
    public string Tag(string name) => Tags.TryGetValue(name, out var value) ? value : "";

    public override string ToString() => $"{Source} {Operation} [{string.Join(", ", Tags.Select(t => $"{t.Key}={t.Value}"))}]";
}
