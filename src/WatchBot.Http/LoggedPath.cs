using Microsoft.AspNetCore.Http;

namespace WatchBot.Http;

/// <summary>
/// A request path as the log may show it. A calendar feed's secret is its path
/// (<c>/calendar/{secret}.ics</c>): a log line must not hand out the feed, so such a path is logged as
/// <c>/calendar/…</c>. Every other path (the platforms' fixed endpoints, or whatever a scanner tried) is
/// logged as it came; the query string never is.
/// </summary>
public static class LoggedPath
{
    private const string SecretRoot = "/calendar";

    public static string Of(PathString path) =>
        path.StartsWithSegments(SecretRoot, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue && rest != "/"
            ? SecretRoot + "/…"
            : path.Value ?? string.Empty;
}
