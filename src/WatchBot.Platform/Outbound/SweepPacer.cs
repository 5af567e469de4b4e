namespace WatchBot.Platform.Outbound;

/// <summary>
/// When an in-memory book of expiring entries (interaction tokens, answered cards) is due a sweep:
/// after as many additions as the book held when it was last swept, and never before
/// <c>floor</c> additions. A sweep is one pass over the book, so its cost is spread over at least
/// as many additions: constant per addition. Sweeping on every addition once the book was past a
/// fixed size (15 minutes of live tokens at 200 bookings/s is 180,000 of them) made every booking
/// walk the whole book, three times. The book then holds at most about twice its live entries
/// (or twice <c>floor</c>); readers check an entry's age themselves, so when it is swept does not
/// change what they see.
/// </summary>
public sealed class SweepPacer
{
    private readonly int _floor;
    private int _added;
    private int _due;

    /// <param name="floor">Additions before the first sweep, and the fewest between two.</param>
    public SweepPacer(int floor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(floor, 1);
        _floor = floor;
        _due = floor;
    }

    /// <summary>One entry added; true for exactly one caller when a sweep is due, who then calls <see cref="Swept"/>.</summary>
    public bool Added() => Interlocked.Increment(ref _added) == Volatile.Read(ref _due);

    /// <summary>The sweep left <paramref name="remaining"/> entries: the next is due after as many additions (at least the floor).</summary>
    public void Swept(int remaining)
    {
        Volatile.Write(ref _due, Math.Max(_floor, remaining));
        Volatile.Write(ref _added, 0);
    }
}
