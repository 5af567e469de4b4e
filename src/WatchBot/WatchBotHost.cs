using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using WatchBot.Calendar;
using WatchBot.Discord;
using WatchBot.Engine;
using WatchBot.Footprint;
using WatchBot.Http;
using WatchBot.Pictures;
using WatchBot.Scheduling;
using WatchBot.Shell;
using WatchBot.Slack;
using WatchBot.Storage;
using WatchBot.Telemetry;

namespace WatchBot;

/// <summary>Builds the generic host: configuration, logging and every WatchBot service, in start-up order.</summary>
public static class WatchBotHost
{
    public static IHost Create(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(HostSettings.Lean(args));
        HostSettings.AddConfiguration(builder, args);

        // config/appsettings.json ships beside the binary; it is the lowest layer, so an
        // appsettings.json in the working directory, environment variables (Storage__SqlitePath)
        // and command-line arguments all override it.
        var shipped = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
            ReloadOnChange = false,
        };
        shipped.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, shipped);

        // stdout is the shell's channel; every log line goes to stderr. Levels from Logging:LogLevel.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        var configuration = builder.Configuration;
        builder.Services
            .AddWatchBotEngine(configuration)
            .AddWatchBotPictures(configuration)
            .AddWatchBotStorage(configuration)
            .AddWatchBotScheduling(configuration)
            .AddWatchBotRetention()
            .AddWatchBotRecovery()
            .AddWatchBotHttp(configuration)
            .AddWatchBotTelemetry(configuration)
            .AddWatchBotCalendar(configuration)
            .AddWatchBotDiscord(configuration)
            .AddWatchBotSlack(configuration)
            .AddWatchBotShell(configuration);

        // Hands the heap back once a burst is over (README "Footprint").
        builder.Services.AddHostedService<QuietTrim>();

        overrides?.Invoke(builder.Services);
        return builder.Build();
    }
}
