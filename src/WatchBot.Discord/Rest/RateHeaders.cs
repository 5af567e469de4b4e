namespace WatchBot.Discord.Rest;

/// <summary>What one response said about its bucket.</summary>
/// <param name="Remaining"><c>X-RateLimit-Remaining</c>: requests left in the window.</param>
/// <param name="ResetAfter"><c>X-RateLimit-Reset-After</c>: until the window ends.</param>
/// <param name="Limit"><c>X-RateLimit-Limit</c>: requests per window (0 when not given).</param>
/// <param name="Window"><c>X-RateLimit-Reset</c>: the window's end in epoch seconds, the same in every answer of one window (null when not given).</param>
internal sealed record RateHeaders(int Remaining, TimeSpan ResetAfter, int Limit, double? Window)
{
    /// <summary>
    /// Windows of one bucket end at least a second apart; answers of one window may differ by rounding
    /// (and Discord's edge servers by a few milliseconds).
    /// </summary>
    private const double SameWindowWithin = 0.25;

    /// <summary>Whether <paramref name="window"/> (an earlier answer's) is the window this answer is in.</summary>
    public bool IsWindow(double? window) => Window is { } mine && window is { } other && Math.Abs(mine - other) < SameWindowWithin;
}
