namespace WatchBot.Discord.Rest;

/// <summary>
/// Counts invalid responses (401, 403, 429 other than shared-scope) over the last 10 minutes: Discord
/// bans an IP for a while at 10,000. Past <see cref="Ceiling"/> the client stops sending to channels
/// (interaction answers still go) until the window clears.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider time)
{
    /// <summary>Half of Discord's 10,000: far from the ban, yet never reached by a healthy bot.</summary>
    public const int Ceiling = 5000;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _seen = new();

    public int Count
    {
        get
        {
            lock (_seen)
            {
                Trim_NeedsLock(time.GetUtcNow());
                return _seen.Count;
            }
        }
    }

    public bool IsAtCeiling => Count >= Ceiling;

    /// <summary>Records one invalid response; returns the count in the window.</summary>
    public int Add()
    {
        lock (_seen)
        {
            var now = time.GetUtcNow();
            Trim_NeedsLock(now);
            _seen.Enqueue(now);
            return _seen.Count;
        }
    }

    private void Trim_NeedsLock(DateTimeOffset now)
    {
        while (_seen.Count > 0 && now - _seen.Peek() >= Window)
        {
            _seen.Dequeue();
        }
    }
}
