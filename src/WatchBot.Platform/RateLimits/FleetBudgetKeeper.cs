using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Outbox;

namespace WatchBot.Platform.RateLimits;

/// <summary>
/// Keeps a platform's <see cref="FleetBudget"/> in step with the fleet: every
/// <see cref="FleetOptions.HeartbeatInterval"/> on the <see cref="TimeProvider"/> it says this instance
/// is alive and learns how many are (<see cref="IFleetHeartbeats"/>); at a clean stop it leaves. Without
/// a shared store (SQLite) there is nothing to do: the budget stays whole. A failed beat keeps the
/// last share (the others lower theirs only when they see a newcomer).
/// </summary>
public sealed class FleetBudgetKeeper : BackgroundService
{
    private readonly FleetBudget _budget;
    private readonly FleetInstance _instance;
    private readonly FleetOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FleetBudgetKeeper> _logger;
    private readonly IFleetHeartbeats? _heartbeats;
    private bool _beaten;

    public FleetBudgetKeeper(
        FleetBudget budget,
        FleetInstance instance,
        IOptions<FleetOptions> options,
        TimeProvider time,
        ILogger<FleetBudgetKeeper> logger,
        string platform,
        IFleetHeartbeats? heartbeats = null,
        WatchBotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _budget = budget;
        _instance = instance;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _heartbeats = heartbeats;
        metrics?.Meter.CreateObservableGauge(
            MetricNames.FleetShare,
            () => new System.Diagnostics.Metrics.Measurement<int>(budget.Share, new KeyValuePair<string, object?>("platform", platform)),
            "{request}/s",
            "This instance's share of the fleet's request budget per second.");
    }

    /// <summary>One heartbeat: says this instance is alive and updates the share from the live count.</summary>
    public async Task BeatOnceAsync(CancellationToken cancellationToken)
    {
        if (_heartbeats is null)
        {
            return;
        }

        try
        {
            var now = _time.GetUtcNow();
            var live = await _heartbeats.BeatAsync(_instance.Id, now, _options.InstanceLease, cancellationToken);
            _budget.Seen(live, first: !_beaten, now, _options.InstanceLease);
            _beaten = true;
            Log.FleetShare(_logger, _budget.Share, _budget.Total, live);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.FleetBeatFailed(_logger, ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_heartbeats is null)
        {
            return;
        }

        await BeatOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(_options.HeartbeatInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await BeatOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_heartbeats is null)
        {
            return;
        }

        try
        {
            await _heartbeats.LeaveAsync(_instance.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.FleetBeatFailed(_logger, ex);
        }
    }
}
