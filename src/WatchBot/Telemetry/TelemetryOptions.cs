namespace WatchBot.Telemetry;

/// <summary>Metrics export (config section <c>Telemetry</c>). Off unless an endpoint is set: nothing leaves the machine by default.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// An OpenTelemetry collector's OTLP/HTTP address, e.g. <c>http://collector:4318</c>: metrics are
    /// posted as protobuf to its <c>/v1/metrics</c> (a path that already ends so is kept). Unset by default.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How often metrics are exported. Default 60 s; between 1 s and 1 h.</summary>
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether an endpoint is set.</summary>
    public bool IsExporting => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    /// <summary>Where the exporter posts: <paramref name="configured"/> with <c>/v1/metrics</c> added; null when it is not an absolute http(s) address.</summary>
    public static Uri? MetricsUrl(string? configured)
    {
        if (!Uri.TryCreate(configured?.Trim(), UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(root.Query) || !string.IsNullOrEmpty(root.Fragment))
        {
            return null;
        }

        var path = root.AbsolutePath.TrimEnd('/');
        return path.EndsWith("/v1/metrics", StringComparison.Ordinal) ? root : new UriBuilder(root) { Path = path + "/v1/metrics" }.Uri;
    }
}
