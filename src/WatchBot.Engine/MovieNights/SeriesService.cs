using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions;

namespace WatchBot.Engine.MovieNights;

/// <summary>
/// Keeps every series' next occurrence booked. At start-up (after session recovery, which settles the
/// occurrences that came due while the bot was down) it checks every active series; afterwards it books
/// for the series the <see cref="OccurrenceObserver"/> queues. Each booking is the coordinator deciding
/// <see cref="EnsureNextOccurrenceCommand"/> under the channel's gate, so it is committed with the series
/// (its version and the store's unique occurrence make it happen once) and announced like any booking.
/// </summary>
public sealed class SeriesService(
    SessionCoordinator coordinator,
    ISeriesStore series,
    SeriesWakeups wakeups,
    ILogger<SeriesService> logger) : BackgroundService
{
    /// <summary>Raised after each check of a series, booked or not (tests wait on it).</summary>
    public event Action<SeriesId, CommandOutcome>? Checked;

    /// <summary>The start-up sweep, then the queue.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Every active series gets its next occurrence booked if it has none.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<MovieSeries> active;
        try
        {
            active = await series.ListAllActiveAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SeriesSweepFailed(logger, ex);
            return;
        }

        foreach (var one in active)
        {
            await EnsureNextAsync(one.Channel, one.Id, cancellationToken);
        }

        Log.SeriesSwept(logger, active.Count);
    }

    /// <summary>Books the series' next occurrence unless it has one; safe to call any number of times.</summary>
    public async Task<CommandOutcome> EnsureNextAsync(ChannelAddress channel, SeriesId id, CancellationToken cancellationToken)
    {
        var outcome = new CommandOutcome(null, []);
        try
        {
            // The series' own host "asks": the rule checks no standing, and the card names the host.
            var host = (await series.GetAsync(id, cancellationToken))?.Host ?? new UserRef(channel.Platform, "watchbot", "WatchBot");
            outcome = await coordinator.HandleAsync(channel, new Actor(host, IsModerator: false), new EnsureNextOccurrenceCommand(id), cancellationToken);
            foreach (var booked in outcome.Announced.OfType<OccurrenceBooked>())
            {
                Log.OccurrenceBooked(logger, id.Value, booked.Session.Id.Value);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OccurrenceBookingFailed(logger, ex, id.Value);
        }

        Checked?.Invoke(id, outcome);
        return outcome;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (channel, id) in wakeups.Reader.ReadAllAsync(stoppingToken))
            {
                await EnsureNextAsync(channel, id, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is made up by the next start-up's sweep.
        }
    }
}
