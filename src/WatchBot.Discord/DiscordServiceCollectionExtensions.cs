using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Channels;
using WatchBot.Discord.Commands;
using WatchBot.Discord.Crypto;
using WatchBot.Discord.Events;
using WatchBot.Discord.Gateway;
using WatchBot.Discord.Interactions;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;
using WatchBot.Http;
using WatchBot.Platform.Inbound;
using WatchBot.Platform.RateLimits;

namespace WatchBot.Discord;

/// <summary>Registers Discord when it is configured (section <c>Discord</c>); otherwise nothing at all.</summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        var probe = section.Get<DiscordOptions>() ?? new DiscordOptions();
        if (!probe.IsConfigured)
        {
            return services;
        }

        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Outbound: one REST client (also the gateway's URL source), and the platform kit's publisher
        // over Discord's messenger, note and the book of who caused a send.
        // The fleet's instances share the bot token's ceiling (FleetBudget); alone, the budget stays whole.
        services.AddOptions<FleetOptions>()
            .Bind(configuration.GetSection(FleetOptions.SectionName))
            .Validate(FleetOptions.IsValid, FleetOptions.Problem)
            .ValidateOnStart();
        services.AddSingleton(sp => new FleetBudget(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.GlobalRequestsPerSecond));
        services.AddSingleton<IHostedService>(sp => new FleetBudgetKeeper(
            sp.GetRequiredService<FleetBudget>(),
            sp.GetService<FleetInstance>() ?? FleetInstance.Generate(),
            sp.GetRequiredService<IOptions<FleetOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FleetBudgetKeeper>>(),
            DiscordPlatform.Name,
            sp.GetService<IFleetHeartbeats>(),
            sp.GetService<WatchBotMetrics>()));
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<IDiscordRestClient>(sp => sp.GetRequiredService<DiscordRestClient>());
        services.AddSingleton<DiscordMessenger>();
        services.AddSingleton<DiscordCannotPostNote>();
        services.AddSingleton<DiscordCauseBook>();
        services.AddSingleton<AnsweredCards>();
        services.AddSingleton<CardTokens>();
        services.AddSingleton<ButtonTokens>();
        services.AddSingleton<WebhookSends>();
        services.AddSingleton<CardAnswers>();
        services.AddSingleton<GuildEventGrants>();
        services.AddSingleton<ChannelAttachGrants>();
        services.AddSingleton<IChannelFacts, DiscordChannelFacts>();
        services.AddSingleton<DiscordEventNotes>();
        services.AddSingleton<DiscordEventKeeper>();
        services.AddSingleton<DiscordChannelPublisher>();
        services.AddSingleton<IChannelPublisher>(sp => sp.GetRequiredService<DiscordChannelPublisher>());
        services.AddSingleton<IQueueDepthSource>(sp => sp.GetRequiredService<DiscordChannelPublisher>().Kit);

        // Inbound, shared by both transports.
        services.AddSingleton<InteractionCommands>();
        services.AddKeyedSingleton(DiscordPlatform.Name, (sp, _) => new Deduplicator(sp.GetRequiredService<TimeProvider>(), DiscordOptions.MaxRememberedInteractions));
        services.AddSingleton<DiscordInteractionHandler>();
        services.AddSingleton<IHostedService, CommandRegistration>();

        if (probe.EffectiveTransport == DiscordTransports.Http)
        {
            services.AddSingleton(sp => Ed25519Verifier.FromHex(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
            services.AddSingleton<DiscordRequestVerifier>();
            services.AddSingleton<IHttpEndpointModule, InteractionEndpoint>();
        }
        else if (probe.EffectiveTransport == DiscordTransports.Gateway)
        {
            services.AddSingleton<IGatewayInteractionHandler>(sp => sp.GetRequiredService<DiscordInteractionHandler>());
            services.AddSingleton<IGatewayUrlSource>(sp => sp.GetRequiredService<DiscordRestClient>());
            services.AddDiscordGateway(configuration);
        }

        return services;
    }
}
