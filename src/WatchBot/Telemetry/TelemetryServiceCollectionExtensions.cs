using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Engine.Ports;
using WatchBot.Http.Health;

namespace WatchBot.Telemetry;

/// <summary>
/// The database's readiness check, and the OTLP exporter for the <c>WatchBot</c> meter when
/// <c>Telemetry:OtlpEndpoint</c> is set. Without it no OpenTelemetry service is registered at all,
/// so nothing is collected for export and nothing is sent anywhere.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IReadinessCheck>(sp => new StorageReadiness(sp.GetRequiredService<IStorageHealth>()));

        var section = configuration.GetSection(TelemetryOptions.SectionName);
        services.AddOptions<TelemetryOptions>()
            .Bind(section)
            .Validate(o => !o.IsExporting || TelemetryOptions.MetricsUrl(o.OtlpEndpoint) is not null, "Telemetry:OtlpEndpoint must be an absolute http(s) address without query or fragment, e.g. http://collector:4318.")
            .Validate(o => o.ExportInterval >= TimeSpan.FromSeconds(1) && o.ExportInterval <= TimeSpan.FromHours(1), "Telemetry:ExportInterval must be between 00:00:01 and 01:00:00.")
            .ValidateOnStart();

        var settings = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.IsExporting || TelemetryOptions.MetricsUrl(settings.OtlpEndpoint) is not { } url)
        {
            return services;
        }

        // In a class of its own: without an endpoint no OpenTelemetry assembly is even loaded (README "Footprint").
        OtlpExport.Add(services, url, settings.ExportInterval);
        return services;
    }
}
