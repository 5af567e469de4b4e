using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace WatchBot.Discord.Rest;

/// <summary>
/// Maps routes to buckets: first by route + resource, then, once Discord has told us the route's
/// <c>X-RateLimit-Bucket</c>, by that hash + resource (routes that share a hash share a limit).
/// With <paramref name="sharers"/> (the live instances on this bot token) each bucket keeps to this
/// instance's share of its limit (<see cref="RateBucket"/>).
/// </summary>
internal sealed class RateLimiter(TimeProvider time, Func<int>? sharers = null)
{
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>How many buckets are known (for tests and diagnostics); a bucket kept under its route and its hash counts once.</summary>
    public int BucketCount => _buckets.Values.Distinct().Count();

    /// <summary>
    /// The route's bucket in its resource. Once the route's hash is known, the bucket it already had there
    /// carries on under the hash: the same object, so requests queued on it and requests made since go
    /// through one gate (a second object for the same bucket would let this instance send twice its share).
    /// </summary>
    public RateBucket BucketFor(DiscordRoute route)
    {
        var unhashed = $"{route.RouteKey}:{route.Major}";
        if (!_hashByRoute.TryGetValue(route.RouteKey, out var hash))
        {
            return _buckets.GetOrAdd(unhashed, _ => New(route));
        }

        return _buckets.GetOrAdd($"{hash}:{route.Major}", _ => _buckets.TryGetValue(unhashed, out var had) ? had : New(route));
    }

    private RateBucket New(DiscordRoute route) => new(SharedByTheFleet(route) ? sharers : null);

    /// <summary>
    /// A guild's routes (its scheduled events) are reached from every channel in it, and a server's
    /// channels are leased to different instances, so the fleet shares those buckets. A channel's own
    /// routes are sent by the one instance holding the channel's outbox lease: it keeps the whole bucket,
    /// so pause, resume and seek in one channel are not slowed by the number of instances.
    /// </summary>
    private static bool SharedByTheFleet(DiscordRoute route) => route.Template.StartsWith("/guilds/", StringComparison.Ordinal);

    /// <summary>
    /// Reads the rate-limit headers of a response into <paramref name="bucket"/> (and the hash's bucket);
    /// <paramref name="counted"/> when the request was admitted (not a 429): it took one of the window's requests.
    /// </summary>
    public void Update(DiscordRoute route, RateBucket bucket, HttpResponseHeaders headers, bool counted)
    {
        var now = time.GetUtcNow();
        if (Header(headers, "X-RateLimit-Bucket") is { } hash && !_hashByRoute.ContainsKey(route.RouteKey))
        {
            _hashByRoute[route.RouteKey] = hash;
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            var limit = int.TryParse(Header(headers, "X-RateLimit-Limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 0;
            double? window = double.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.Float, CultureInfo.InvariantCulture, out var reset) ? reset : null;
            bucket.Update(new RateHeaders(remaining, TimeSpan.FromSeconds(resetAfter), limit, window), counted, now);
            var current = BucketFor(route);
            if (!ReferenceEquals(current, bucket))
            {
                bucket.CopyTo(current, now);
            }
        }
    }

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
