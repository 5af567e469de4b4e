using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WatchBot.Http.Health;

namespace WatchBot.Http;

/// <summary>Registers the inbound HTTP server; platforms add <see cref="IHttpEndpointModule"/>s to it.</summary>
public static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpServerOptions>()
            .Bind(configuration.GetSection(HttpServerOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Urls), "Http:Urls must not be empty.")
            .Validate(o => o.MaxRequestBodyBytes is >= 1024 and <= 64 * 1024 * 1024, "Http:MaxRequestBodyBytes must be between 1 KiB and 64 MiB.")
            .Validate(o => o.RequestBodyTimeout > TimeSpan.FromSeconds(1) && o.RequestBodyTimeout <= TimeSpan.FromMinutes(5), "Http:RequestBodyTimeout must be more than 00:00:01 and at most 00:05:00.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || HttpServerOptions.PublicBase(o.PublicBaseUrl) is not null,
                "Http:PublicBaseUrl must be an absolute http(s) address without query or fragment, e.g. https://watchbot.example.com.")
            .Validate(o => o.RefusalWarningsPerMinute is >= 0 and <= 10_000, "Http:RefusalWarningsPerMinute must be between 0 and 10000.")
            .Validate(o => o.MinThreads is >= 0 and <= 1_000, "Http:MinThreads must be between 0 and 1000.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InboundHttpServer>();
        if (configuration.GetSection(HttpServerOptions.SectionName).GetValue<HealthEndpointsMode?>(nameof(HttpServerOptions.Health)) != HealthEndpointsMode.Off)
        {
            services.AddSingleton<IHttpEndpointModule, HealthEndpoints>();
        }

        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InboundHttpServer>());
        return services;
    }
}
