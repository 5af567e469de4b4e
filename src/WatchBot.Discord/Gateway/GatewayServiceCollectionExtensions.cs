using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Http.Health;
using WatchBot.Platform.Resilience;

namespace WatchBot.Discord.Gateway;

/// <summary>Registers the Discord gateway transport (section <c>Discord:Gateway</c>, token <c>Discord:Token</c>).</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GatewayOptions"/> (validated at start), <see cref="IDiscordGateway"/> and the
    /// hosted <see cref="DiscordGatewayService"/>. The caller registers <see cref="IGatewayInteractionHandler"/>
    /// and <see cref="IGatewayUrlSource"/>; a <see cref="TimeProvider"/> and <see cref="IJitter"/>
    /// already registered are kept (tests fix them).
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GatewayOptions>()
            .Bind(configuration.GetSection(GatewayOptions.SectionName))
            .Configure(o => o.Token = configuration["Discord:Token"] ?? "")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitter>(_ => new RandomJitter());
        services.TryAddSingleton<IDiscordGateway, DiscordGatewayClient>();
        services.AddSingleton<IHostedService, DiscordGatewayService>();
        services.AddSingleton<IReadinessCheck, GatewayReadiness>();
        return services;
    }
}
