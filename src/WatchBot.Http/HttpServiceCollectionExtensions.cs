using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
            .ValidateOnStart();
        services.AddSingleton<InboundHttpServer>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InboundHttpServer>());
        return services;
    }
}
