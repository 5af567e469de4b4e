namespace WatchBot.Footprint;

/// <summary>
/// When to hand the managed heap back to the operating system: once after a burst of work (at least
/// <see cref="BusyBytes"/> allocated between two looks), at the first look after which the process has
/// gone quiet (at most <see cref="QuietBytes"/>). Not while busy (a full collection then only costs a
/// pause and the heap grows straight back) and not again while it stays quiet.
/// </summary>
internal sealed record TrimRule(long BusyBytes, long QuietBytes)
{
    /// <summary>The next state (busy since the last trim) and whether to trim now.</summary>
    public (bool Busy, bool Trim) Next(bool busy, long allocatedSinceLastLook) =>
        allocatedSinceLastLook >= BusyBytes ? (true, false)
        : busy && allocatedSinceLastLook <= QuietBytes ? (false, true)
        : (busy, false);
}
