using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WatchBot.Slack;

/// <summary>Registers Slack when it is configured.</summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        // Filled in by the Slack milestone; until then Slack is simply not configured.
        _ = configuration;
        return services;
    }
}
