using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using WatchBot.Engine.Diagnostics;

namespace WatchBot.Telemetry;

/// <summary>
/// The OTLP exporter for the <c>WatchBot</c> meter. Only this class names OpenTelemetry's types, and it
/// runs only when <c>Telemetry:OtlpEndpoint</c> is set, so a bot that exports nothing never loads them.
/// </summary>
internal static class OtlpExport
{
    public static void Add(IServiceCollection services, Uri url, TimeSpan interval)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("watchbot"))
            .WithMetrics(metrics => metrics
                .AddMeter(MetricNames.Meter)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = url;
                    exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
                }));
    }
}
