using WatchBot.Platform.Resilience;

namespace WatchBot.Platform.Tests.Sockets.Support;

/// <summary>Jitter pinned to one fraction, so every wait is known in advance.</summary>
internal sealed class FixedJitter(double fraction) : IJitter
{
    public double NextFraction() => fraction;
}
