using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WatchBot.Footprint;

/// <summary>
/// After a burst (thousands of starts, a Showtime), the GC keeps the heap it grew: regions and the gen0
/// budget stay committed while the bot sits quiet, because nothing allocates enough to collect. Every
/// <see cref="Interval"/> this looks at how much was allocated and, when <see cref="TrimRule"/> says the
/// burst is over, runs one aggressive (compacting, decommitting) full collection and hands glibc's free
/// native memory back (<see cref="MallocArenas.Trim"/>). Cost: one blocking pause
/// per burst, taken when there is no work to delay (about 10-30 ms with 10,000 live sessions).
/// </summary>
internal sealed partial class QuietTrim : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public static readonly TrimRule Rule = new(BusyBytes: 32L << 20, QuietBytes: 4L << 20);

    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<long> _allocatedBytes;
    private readonly Action _trim;

    public QuietTrim(TimeProvider time, ILogger<QuietTrim> logger)
        : this(time, logger, () => GC.GetTotalAllocatedBytes(), Collect)
    {
    }

    /// <summary>Tests give their own allocation counter and trim.</summary>
    internal QuietTrim(TimeProvider time, ILogger logger, Func<long> allocatedBytes, Action trim)
    {
        _time = time;
        _logger = logger;
        _allocatedBytes = allocatedBytes;
        _trim = trim;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _time);
        // Start-up is a burst too: configuration, DI, migrations and JIT leave freed native memory and a
        // grown heap behind, so the first quiet look trims them (about 9 MiB of an idle bot's RSS).
        var busy = true;
        var seen = _allocatedBytes();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = _allocatedBytes();
            (busy, var trim) = Rule.Next(busy, now - seen);
            seen = now;
            if (trim)
            {
                var started = _time.GetTimestamp();
                _trim();
                var milliseconds = _time.GetElapsedTime(started).TotalMilliseconds;
                Trimmed(_logger, milliseconds);
            }
        }
    }

    /// <summary>The managed heap first: what it frees natively (SQLite statements, buffers) then goes back too.</summary>
    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        MallocArenas.Trim();
    }

    [LoggerMessage(EventId = 9500, Level = LogLevel.Information, Message = "Quiet after a burst: heap trimmed in {Milliseconds:F0} ms")]
    private static partial void Trimmed(ILogger logger, double milliseconds);
}
