using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// The global-limited requests of a run by route template and by what they carried (a GO, a countdown,
/// a card…), with their 429s split by scope (global or the route's own bucket): which sender draws the
/// 429s, and which requests make up the requests per session.
/// </summary>
internal sealed partial record ShowtimeRoutes(string Route, string What, int Requests, int GlobalLimited, int RouteLimited)
{
    public static IReadOnlyList<ShowtimeRoutes> From(IEnumerable<DiscordApiCall> restCalls, DateTimeOffset start)
    {
        var countdownMark = $"<t:{start.ToUnixTimeSeconds()}:R>";
        return [.. restCalls
            .GroupBy(c => (Route: c.Method + " " + Ids().Replace(c.Path, "/{id}"), What: Carried(c, countdownMark)))
            .Select(g => new ShowtimeRoutes(g.Key.Route, g.Key.What, g.Count(),
                g.Count(c => c.Status == 429 && c.RateLimitScope == "global"),
                g.Count(c => c.Status == 429 && c.RateLimitScope != "global")))
            .OrderByDescending(r => r.Requests)];
    }

    public string Line(int channels) => string.Create(
        CultureInfo.InvariantCulture,
        $"    {Route,-40} {What,-12} {Requests,7} ({Requests / (double)channels:F2}/session)  429 global {GlobalLimited}, per route {RouteLimited}");

    private static string Carried(DiscordApiCall call, string countdownMark)
    {
        var content = call.Content;
        return content switch
        {
            _ when content.Contains("GO!", StringComparison.Ordinal) => "GO",
            _ when ShowtimeFigures.IsStartNotice(content) => "late start",
            _ when content.Contains(countdownMark, StringComparison.Ordinal) => "countdown",
            _ when call.Json is JsonObject o && o["components"] is not null => "card",
            "" => call.Body.Length == 0 ? "-" : "no content",
            _ => "other",
        };
    }

    [GeneratedRegex("/[0-9]{5,}")]
    private static partial Regex Ids();
}
