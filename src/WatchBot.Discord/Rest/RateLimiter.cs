using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace WatchBot.Discord.Rest;

/// <summary>
/// Maps routes to buckets: first by route + resource, then, once Discord has told us the route's
/// <c>X-RateLimit-Bucket</c>, by that hash + resource (routes that share a hash share a limit).
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>How many buckets are known (for tests and diagnostics).</summary>
    public int BucketCount => _buckets.Count;

    public RateBucket BucketFor(DiscordRoute route) => _buckets.GetOrAdd(KeyFor(route), _ => new RateBucket());

    /// <summary>Reads the rate-limit headers of a response into <paramref name="bucket"/> (and the hash's bucket).</summary>
    public void Update(DiscordRoute route, RateBucket bucket, HttpResponseHeaders headers)
    {
        var now = time.GetUtcNow();
        if (Header(headers, "X-RateLimit-Bucket") is { } hash && !_hashByRoute.ContainsKey(route.RouteKey))
        {
            _hashByRoute[route.RouteKey] = hash;
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.Update(remaining, TimeSpan.FromSeconds(resetAfter), now);
            var current = BucketFor(route);
            if (!ReferenceEquals(current, bucket))
            {
                bucket.CopyTo(current, now);
            }
        }
    }

    private string KeyFor(DiscordRoute route) =>
        _hashByRoute.TryGetValue(route.RouteKey, out var hash) ? $"{hash}:{route.Major}" : $"{route.RouteKey}:{route.Major}";

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
