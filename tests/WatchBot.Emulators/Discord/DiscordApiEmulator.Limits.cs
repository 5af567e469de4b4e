using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WatchBot.Emulators.Discord;

public sealed partial class DiscordApiEmulator
{
    /// <summary>Peak requests seen in any one-second window (non-interaction routes).</summary>
    public int PeakPerSecond { get; private set; }

    private (int, JsonNode?)? GlobalExceeded(HttpContext context)
    {
        lock (_globalWindow)
        {
            var now = _time.GetUtcNow();
            while (_globalWindow.Count > 0 && now - _globalWindow.Peek() >= TimeSpan.FromSeconds(1))
            {
                _globalWindow.Dequeue();
            }

            if (_globalWindow.Count >= GlobalLimit)
            {
                var retryAfter = Math.Max(0.001, (_globalWindow.Peek() + TimeSpan.FromSeconds(1) - now).TotalSeconds);
                Interlocked.Increment(ref _rateLimited);
                var headers = context.Response.Headers;
                headers["X-RateLimit-Global"] = "true";
                headers["X-RateLimit-Scope"] = "global";
                headers.RetryAfter = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
                return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Math.Round(retryAfter, 3), ["global"] = true });
            }

            _globalWindow.Enqueue(now);
            PeakPerSecond = Math.Max(PeakPerSecond, _globalWindow.Count);
            return null;
        }
    }

    private (int, JsonNode?)? BucketExceeded(HttpContext context, string template, string major)
    {
        var key = template + ":" + major;
        lock (_buckets)
        {
            var now = _time.GetUtcNow();
            if (!_buckets.TryGetValue(key, out var bucket) || now >= bucket.ResetAt)
            {
                bucket = new BucketState(BucketLimit, now + BucketWindow);
                _buckets[key] = bucket;
            }

            var headers = context.Response.Headers;
            var resetAfter = Math.Max(0, (bucket.ResetAt - now).TotalSeconds);
            headers["X-RateLimit-Limit"] = BucketLimit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Bucket"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(template)))[..16];
            headers["X-RateLimit-Reset"] = (bucket.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            if (bucket.Remaining <= 0)
            {
                Interlocked.Increment(ref _rateLimited);
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Scope"] = "user";
                headers.RetryAfter = Math.Ceiling(resetAfter).ToString(CultureInfo.InvariantCulture);
                return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Math.Round(resetAfter, 3), ["global"] = false });
            }

            bucket.Remaining--;
            headers["X-RateLimit-Remaining"] = bucket.Remaining.ToString(CultureInfo.InvariantCulture);
            return null;
        }
    }

    private sealed class BucketState(int remaining, DateTimeOffset resetAt)
    {
        public int Remaining { get; set; } = remaining;

        public DateTimeOffset ResetAt { get; } = resetAt;
    }
}
