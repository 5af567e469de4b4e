using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using WatchBot.Engine.Ports;

namespace WatchBot.Scheduling.Tests.Support;

/// <summary>
/// A real generic host running only <c>AddWatchBotScheduling</c>: Quartz on a SQLite file, the given
/// clock, and a recording handler where the coordinator would be.
/// </summary>
internal sealed class SchedulingHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;

    private SchedulingHost(IHost host, RecordingTimerHandler handler, RecordingLoggerProvider logs)
    {
        _host = host;
        Handler = handler;
        Logs = logs;
    }

    public RecordingTimerHandler Handler { get; }

    public RecordingLoggerProvider Logs { get; }

    public ITimers Timers => _host.Services.GetRequiredService<ITimers>();

    public IServiceProvider Services => _host.Services;

    public static SchedulingHost Create(string sqlitePath, TimeProvider time, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheduling:SqlitePath"] = sqlitePath,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var logs = new RecordingLoggerProvider();
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);

        var handler = new RecordingTimerHandler();
        builder.Services.AddWatchBotScheduling(builder.Configuration);

        // After the registration, as WatchBotHost's overrides are: the container's clock is what Quartz takes.
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<ITimerHandler>(handler);
        services?.Invoke(builder.Services);
        return new SchedulingHost(builder.Build(), handler, logs);
    }

    /// <summary>Starts the host and waits until Quartz's scheduler runs (it starts after the application has).</summary>
    public async Task<IScheduler> StartAsync()
    {
        // Listening before the host starts, so the event cannot be missed.
        var scheduler = await SchedulerAsync();
        var listener = new StartedListener();
        scheduler.ListenerManager.AddSchedulerListener(listener);
        await _host.StartAsync(Within.Token());
        await listener.Started;
        _started = true;
        return scheduler;
    }

    /// <summary>Only starts the host, touching nothing first: for tests of a start-up that must fail.</summary>
    public Task StartHostOnlyAsync() => _host.StartAsync(Within.Token());

    public async Task<IScheduler> SchedulerAsync() =>
        await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Within.Token());

    public Task StopAsync() => _host.StopAsync(Within.Token());

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (Exception) when (!_started)
        {
            // A scheduler that never finished starting can throw on stop (Quartz's cluster manager was
            // never set up): the test has already failed with the reason, which this must not replace.
        }

        _host.Dispose();
    }
}
