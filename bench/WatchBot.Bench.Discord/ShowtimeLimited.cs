using System.Globalization;
using System.Text.RegularExpressions;
using WatchBot.Emulators.Discord;

namespace WatchBot.Bench.Discord;

/// <summary>
/// Where a run's per-route 429s came from: for each, its bucket (method, route and top-level id, as the
/// emulator counts them), how long after that bucket's first request it came, which instance sent it
/// (the bench names each instance in its User-Agent) and what every instance had sent in the bucket
/// in the window before it. Tells "overran before the limit was known" from "overran a known share".
/// </summary>
internal static partial class ShowtimeLimited
{
    private const int Shown = 20;

    public static IEnumerable<string> Lines(IReadOnlyList<DiscordApiCall> restCalls, TimeSpan window)
    {
        var limited = restCalls.Where(c => c.Status == 429 && c.RateLimitScope != "global").ToList();
        if (limited.Count == 0)
        {
            yield break;
        }

        yield return $"  per-route 429s ({limited.Count}; the first {Math.Min(Shown, limited.Count)}): bucket, since the bucket's first request, instance, each instance's requests in the {window.TotalSeconds:F1} s before";
        var byBucket = restCalls.GroupBy(Bucket).ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ToList());
        foreach (var call in limited.Take(Shown))
        {
            var bucket = byBucket[Bucket(call)];
            var first = bucket[0].At;
            var before = bucket.Where(c => c.At > call.At - window && c.At <= call.At && c.Status != 429)
                .GroupBy(Instance).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}:{g.Count()}");
            yield return string.Create(CultureInfo.InvariantCulture,
                $"    {Bucket(call),-52} +{(call.At - first).TotalSeconds,8:F3} s  by {Instance(call)}  admitted before: {string.Join(' ', before)}  (bucket's request #{bucket.IndexOf(call) + 1})");
        }
    }

    /// <summary>The instance a request came from: the bench gives each a User-Agent URL ending in its number.</summary>
    public static string Instance(DiscordApiCall call) => InstanceName().Match(call.UserAgent) is { Success: true } m ? m.Groups[1].Value : "?";

    private static string Bucket(DiscordApiCall call)
    {
        var parts = call.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var major = parts.Length > 1 ? parts[1] : "";
        return $"{call.Method} {Ids().Replace(call.Path, "/{id}")} @{major}";
    }

    [GeneratedRegex("/[0-9]{5,}")]
    private static partial Regex Ids();

    [GeneratedRegex(@"bench\.invalid/(i[0-9]+)")]
    private static partial Regex InstanceName();
}
