namespace WatchBot.Engine.Outbox;

/// <summary>
/// How instances sharing a database divide the outbox (config section <c>Outbox</c>): per-channel
/// leases, and a sweep that sends what a dead or busy instance left behind.
/// </summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// How long a channel's lease lasts after its holder last sent there (default 10 s, 2 s to 5 min):
    /// also how long a dead instance's channels wait before a survivor takes them over.
    /// </summary>
    public TimeSpan LeaseLength { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often each instance looks for pending entries to take over (default 2 s, 100 ms to 1 min; PostgreSQL only).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How old a pending entry must be before the sweep takes its free channel (default 3 s, 0 to 5 min):
    /// younger ones are the committing instance's to send, on its fast path.
    /// </summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Problems with <paramref name="options"/>, one sentence each; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.LeaseLength < TimeSpan.FromSeconds(2) || options.LeaseLength > TimeSpan.FromMinutes(5))
        {
            problems.Add("Outbox:LeaseLength must be between 00:00:02 and 00:05:00 (default 00:00:10).");
        }

        if (options.SweepInterval < TimeSpan.FromMilliseconds(100) || options.SweepInterval > TimeSpan.FromMinutes(1))
        {
            problems.Add("Outbox:SweepInterval must be between 00:00:00.100 and 00:01:00 (default 00:00:02).");
        }

        if (options.SweepAfter < TimeSpan.Zero || options.SweepAfter > TimeSpan.FromMinutes(5))
        {
            problems.Add("Outbox:SweepAfter must be between 00:00:00 and 00:05:00 (default 00:00:03).");
        }

        return problems;
    }
}
