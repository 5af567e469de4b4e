namespace WatchBot.Discord.Gateway;

/// <summary>
/// The wait before a reconnect: none after a healthy connection, then min, 2×min, 4×min … capped at
/// max, each scaled by a jitter in [0.5, 1) so many shards (or bots) do not reconnect in lockstep.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int consecutiveFailures, TimeSpan min, TimeSpan max, double jitter)
    {
        if (consecutiveFailures <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(consecutiveFailures - 1, 20);
        var ticks = Math.Min(max.Ticks, min.Ticks * (1L << exponent));
        return TimeSpan.FromTicks((long)(ticks * (0.5 + (jitter / 2))));
    }
}
