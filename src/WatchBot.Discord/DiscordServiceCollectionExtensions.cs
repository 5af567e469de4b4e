using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WatchBot.Discord;

/// <summary>Registers Discord when it is configured.</summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        // Filled in by the Discord milestone; until then Discord is simply not configured.
        _ = configuration;
        return services;
    }
}
