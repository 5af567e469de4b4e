namespace WatchBot.Platform.Resilience;

/// <summary>
/// Bounded exponential backoff with "equal jitter", the one reconnect policy of every platform:
/// no wait before the first attempt, then min, 2×min, 4×min … capped at <see cref="Max"/>, each
/// scaled by a jitter in [0.5, 1) so many shards or bots losing the same server do not come back in
/// lockstep, and never below <see cref="Floor"/>.
/// </summary>
/// <param name="Min">The ceiling of the first wait (before jitter).</param>
/// <param name="Max">The largest ceiling; doubling stops here.</param>
/// <param name="Floor">
/// The shortest wait after a failure. Zero lets the first retry spread over 50–100 % of
/// <see cref="Min"/>; a platform whose connect call is itself rate-limited (Slack's
/// <c>apps.connections.open</c>) passes <see cref="Min"/> so failures can never hot-loop.
/// </param>
public sealed record Backoff(TimeSpan Min, TimeSpan Max, TimeSpan Floor = default)
{
    /// <summary>Doubling stops here even with a huge failure count (2^30 × min is already years).</summary>
    private const int MaxDoublings = 30;

    /// <summary>
    /// The wait after <paramref name="failures"/> failed attempts in a row (zero for none), given a
    /// jitter fraction in [0, 1) from <see cref="IJitter"/>; fractions outside are clamped.
    /// </summary>
    public TimeSpan Delay(int failures, double jitter)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var ceiling = Min;
        for (var i = 1; i < failures && i <= MaxDoublings && ceiling < Max; i++)
        {
            ceiling += ceiling;
        }

        if (ceiling > Max)
        {
            ceiling = Max;
        }

        var delay = ceiling * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1)));
        return delay < Floor ? Floor : delay;
    }
}
