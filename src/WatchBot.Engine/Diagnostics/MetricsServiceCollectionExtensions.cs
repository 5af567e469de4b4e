using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Diagnostics;

/// <summary>Registers the <c>WatchBot</c> meter and the engine's own recorders (GO lateness).</summary>
public static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WatchBotMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INoticeObserver, GoLatenessObserver>());
        services.AddSingleton<IHostedService, WatchBotGauges>();
        return services;
    }
}
