namespace WatchBot.Discord.Tests.Gateway.Support;

/// <summary>A "random" source that always says the same thing, so jitter is exact in tests.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
