namespace WatchBot.Platform.Resilience;

/// <summary>
/// <see cref="IJitter"/> from a <see cref="Random"/> (<see cref="Random.Shared"/> in production; a
/// fixed one in tests). Serialised, because a plain <see cref="Random"/> is not thread-safe and every
/// connection draws from one instance.
/// </summary>
public sealed class RandomJitter(Random random) : IJitter
{
    private readonly Lock _gate = new();

    public RandomJitter()
        : this(Random.Shared)
    {
    }

    // CA5394: spreading retries needs spread, not unpredictability.
#pragma warning disable CA5394
    public double NextFraction()
    {
        lock (_gate)
        {
            return random.NextDouble();
        }
    }
#pragma warning restore CA5394
}
