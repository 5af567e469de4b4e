namespace WatchBot.Slack.SocketMode;

/// <summary>The production jitter: <see cref="Random.Shared"/>.</summary>
public sealed class RandomSocketModeJitter : ISocketModeJitter
{
    // CA5394: spreading reconnects needs no unpredictability, only spread.
#pragma warning disable CA5394
    public double NextFraction() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}
