namespace WatchBot.Platform.RateLimits;

/// <summary>
/// One request's place under a key's limit, from the moment it may go. Dispose it once the answer (or
/// the failure) is in: the place stays taken for one more window from then.
/// </summary>
public sealed class RateLease : IDisposable
{
    private readonly KeyedRateGate _gate;
    private readonly string _key;
    private int _released;

    internal RateLease(KeyedRateGate gate, string key)
    {
        _gate = gate;
        _key = key;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _gate.Release(_key);
        }
    }
}
