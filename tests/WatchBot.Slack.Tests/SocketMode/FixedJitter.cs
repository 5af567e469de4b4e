using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack.Tests.SocketMode;

/// <summary>Jitter pinned to one fraction, so reconnect delays are known in advance.</summary>
internal sealed class FixedJitter(double fraction) : ISocketModeJitter
{
    public double NextFraction() => fraction;
}
