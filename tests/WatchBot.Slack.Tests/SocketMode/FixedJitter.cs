using WatchBot.Platform.Resilience;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Jitter pinned to one fraction, so reconnect delays are known in advance.</summary>
internal sealed class FixedJitter(double fraction) : IJitter
{
    public double NextFraction() => fraction;
}
