using WatchBot.Http.Health;

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

    /// <summary>
    /// The address people and their calendar apps reach this bot at, e.g. <c>https://watchbot.example.com</c>
    /// (a path is kept: <c>https://example.com/watchbot</c>). Unset by default: nothing is served that
    /// needs a public address (the calendar feed), and <c>/watch calendar</c> says to set it.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// <paramref name="configured"/> as an absolute http(s) base ending in <c>/</c> (so relative paths
    /// append to it), or null when it is unset or not such an address.
    /// </summary>
    public static Uri? PublicBase(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)
            || !Uri.TryCreate(configured.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var root)
            || root.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(root.Query) || !string.IsNullOrEmpty(root.Fragment))
        {
            return null;
        }

        return root;
    }

    /// <summary>
    /// When <c>/healthz/live</c> and <c>/healthz/ready</c> are served: <c>Auto</c> (default) whenever the
    /// server runs for a platform or the calendar feed; <c>Always</c>, also alone (a gateway-only bot or
    /// the shell in a container: the image sets it); <c>Off</c>, never.
    /// </summary>
    public HealthEndpointsMode Health { get; set; } = HealthEndpointsMode.Auto;

    /// <summary>Warnings about refused (oversized, stalled) or failed requests allowed per minute. Default 10.</summary>
    public int RefusalWarningsPerMinute { get; set; } = 10;

    /// <summary>
    /// The thread pool's floor (worker and I/O threads) once the server runs. Default 64: SQLite's
    /// calls block a pool thread for their whole length (a commit's fsync, a busy wait), and with the
    /// runtime's floor of one thread per core, a burst of them left no thread to answer while the
    /// pool injected new ones one at a time (measured: README, "Acknowledgement tails"). 0 keeps the
    /// runtime's floor.
    /// </summary>
    public int MinThreads { get; set; } = 64;
}
