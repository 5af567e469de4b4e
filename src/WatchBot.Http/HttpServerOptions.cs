namespace WatchBot.Http;

/// <summary>The inbound HTTP server (config section <c>Http</c>).</summary>
public sealed class HttpServerOptions
{
    public const string SectionName = "Http";

    /// <summary>
    /// Where to listen, semicolon-separated. Default <c>http://0.0.0.0:8080</c>; put TLS in front
    /// (a reverse proxy). <c>http://127.0.0.1:0</c> picks a free port (tests).
    /// </summary>
    public string Urls { get; set; } = "http://0.0.0.0:8080";

    /// <summary>Largest request body accepted, in bytes. Default 1 MiB: platform payloads are far smaller.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long a request body may take to start arriving at Kestrel's minimum rate (240 bytes/s)
    /// before the request is answered 408. Default 5 s; more than 1 s (Kestrel checks once a second).
    /// </summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Warnings about refused (oversized, stalled) or failed requests allowed per minute. Default 10.</summary>
    public int RefusalWarningsPerMinute { get; set; } = 10;
}
