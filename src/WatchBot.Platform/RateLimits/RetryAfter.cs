using System.Net.Http.Headers;

namespace WatchBot.Platform.RateLimits;

/// <summary>Reads how long a platform asked us to wait (HTTP <c>Retry-After</c>, seconds or a date).</summary>
public static class RetryAfter
{
    /// <summary>The wait the header names, <paramref name="fallback"/> when it names none, never below zero.</summary>
    public static TimeSpan From(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan fallback)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        return fallback;
    }
}
