namespace WatchBot.Http;

/// <summary>
/// Raises the thread pool's floor (never lowers it): below the floor the pool creates a thread the
/// moment work waits; above it, one at a time, about two a second. Set once, process-wide.
/// </summary>
internal static class ThreadPoolFloor
{
    public static void Raise(int minThreads)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (minThreads > workers || minThreads > io)
        {
            ThreadPool.SetMinThreads(Math.Max(workers, minThreads), Math.Max(io, minThreads));
        }
    }
}
