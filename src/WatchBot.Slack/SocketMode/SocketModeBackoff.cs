namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Bounded exponential backoff with "equal jitter": attempt n waits between half and all of
/// min·2ⁿ (capped at max), and never less than min. Never zero, so failures can never hot-loop.
/// </summary>
public static class SocketModeBackoff
{
    /// <summary>
    /// The wait before the next attempt, given the consecutive failures so far (from 0) and a jitter
    /// fraction in [0, 1) from <see cref="ISocketModeJitter"/>.
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan min, TimeSpan max, double jitter)
    {
        var ceiling = min;
        for (var i = 0; i < attempt && ceiling < max; i++)
        {
            ceiling += ceiling;
        }

        if (ceiling > max)
        {
            ceiling = max;
        }

        var fraction = Math.Clamp(jitter, 0, 1);
        var delay = ceiling * (0.5 + (0.5 * fraction));
        return delay < min ? min : delay;
    }
}
