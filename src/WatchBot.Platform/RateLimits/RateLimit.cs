namespace WatchBot.Platform.RateLimits;

/// <summary>
/// At most <paramref name="Count"/> requests in any <paramref name="Window"/> (Discord's 50 a second,
/// a Slack tier's 50 a minute per workspace, Slack's one chat.postMessage a second per channel).
/// </summary>
/// <param name="Count">Requests allowed in one window; at least 1.</param>
/// <param name="Window">The sliding window; longer than zero.</param>
public sealed record RateLimit(int Count, TimeSpan Window)
{
    /// <summary>Throws when the limit could never let anything through.</summary>
    public RateLimit Validated()
    {
        if (Count < 1 || Window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Count), $"A rate limit needs at least one request per window longer than zero, not {Count} per {Window}.");
        }

        return this;
    }
}
