using Microsoft.Extensions.Configuration;
using WatchBot.Http;
using WatchBot.Http.Health;

namespace WatchBot.Telemetry;

/// <summary>
/// <c>WatchBot --healthcheck [path]</c>: GETs one of the health endpoints of a WatchBot running on this
/// machine and exits 0 when it answers 2xx, 1 otherwise. The runtime image has no curl or wget; the
/// Dockerfile's HEALTHCHECK runs this. The address comes from <c>Http:Urls</c> (its first URL, with a
/// wildcard host read as 127.0.0.1); the path defaults to <c>/healthz/live</c>.
/// </summary>
public static class HealthProbe
{
    public const string Switch = "--healthcheck";

    public static bool IsRequested(string[] args) => args is [Switch, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var path = args.Length > 1 ? args[1] : HealthEndpoints.LivePath;
        var urls = configuration[$"{HttpServerOptions.SectionName}:{nameof(HttpServerOptions.Urls)}"] ?? new HttpServerOptions().Urls;
        if (Target(urls, path) is not { } target)
        {
            await Console.Error.WriteLineAsync($"healthcheck: cannot make an address of Http:Urls and {path}");
            return 1;
        }

        return await ProbeAsync(target, Console.Error);
    }

    /// <summary>GETs <paramref name="target"/>: 0 when it answers 2xx within 5 s, else 1 with one line on <paramref name="errors"/>.</summary>
    public static async Task<int> ProbeAsync(Uri target, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(errors);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(target);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await errors.WriteLineAsync($"healthcheck: {target.AbsolutePath} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await errors.WriteLineAsync($"healthcheck: {target.AbsolutePath} did not answer ({ex.GetType().Name})");
            return 1;
        }
    }

    /// <summary>The local address to probe: the first of <paramref name="urls"/>, a wildcard host made loopback, with <paramref name="path"/>.</summary>
    public static Uri? Target(string urls, string path)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var local = first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://[::1]", StringComparison.Ordinal);
        return Uri.TryCreate(local, UriKind.Absolute, out var root) && root.Scheme is "http" or "https" && path.StartsWith('/')
            ? new Uri(root, path)
            : null;
    }
}
