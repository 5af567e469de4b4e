using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Ports;
using WatchBot.Http;
using WatchBot.Platform.Inbound;
using WatchBot.Platform.Outbound;
using WatchBot.Slack.Api;
using WatchBot.Slack.Inbound;
using WatchBot.Slack.Publishing;
using WatchBot.Slack.SocketMode;

namespace WatchBot.Slack;

/// <summary>
/// Registers Slack when it is configured (any of <c>Slack:BotToken</c>, <c>Slack:AppToken</c>,
/// <c>Slack:SigningSecret</c> set), and nothing otherwise. The transport decides the way in: Socket
/// Mode (the default with an app token) or the HTTP endpoints.
/// </summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        var configured = new SlackOptions();
        section.Bind(configured);
        if (string.IsNullOrWhiteSpace(configured.BotToken) && string.IsNullOrWhiteSpace(configured.AppToken) && string.IsNullOrWhiteSpace(configured.SigningSecret))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();

        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOutboundOptionsValidator>();

        // Outbound: one Web API client (also the Socket Mode URL source); channel views through the
        // platform kit (Slack's messenger and markup inside); answers to one person through a small queue.
        services.AddSingleton<SlackWebApiClient>();
        services.AddSingleton<ISlackWebApi>(sp => sp.GetRequiredService<SlackWebApiClient>());
        services.AddSingleton<ISocketModeUrlSource>(sp => sp.GetRequiredService<SlackWebApiClient>());
        services.AddSingleton<ResponseUrlBook>();
        services.AddSingleton<SlackMessenger>();
        services.AddSingleton<SlackFileGrants>();
        services.AddSingleton<SlackPictureShare>();
        services.AddSingleton<SlackCannotPostNote>();
        services.AddKeyedSingleton(SlackPlatform.Name, (sp, _) =>
        {
            var messenger = sp.GetRequiredService<SlackMessenger>();
            return new ViewPublisher(
                messenger,
                sp.GetRequiredService<IPlatformLinks>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<SlackOptions>>().Value.EffectiveOutbound,
                sp.GetRequiredService<ILogger<ViewPublisher>>(),
                ahead: messenger,
                note: sp.GetRequiredService<SlackCannotPostNote>(),
                causes: sp.GetRequiredService<ResponseUrlBook>());
        });
        services.AddSingleton<IChannelPublisher>(sp => sp.GetRequiredKeyedService<ViewPublisher>(SlackPlatform.Name));
        services.AddSingleton<IQueueDepthSource>(sp => sp.GetRequiredKeyedService<ViewPublisher>(SlackPlatform.Name));
        services.AddSingleton<SlackOutbox>();
        services.AddSingleton<IHostedService, SlackReplySender>();

        // Inbound, shared by both transports.
        // Event ids, trigger ids and clicks, each for its own window; the bound only stops a flood.
        services.AddKeyedSingleton(SlackPlatform.Name, (sp, _) => new Deduplicator(sp.GetRequiredService<TimeProvider>(), capacity: 100_000));
        services.AddSingleton<SlackModerators>();
        services.AddSingleton<SlackUserZones>();
        services.AddSingleton<SlackCommandHandler>();
        services.AddSingleton<ISocketModeEnvelopeHandler, SlackEnvelopeHandler>();

        if (configured.EffectiveTransport == SlackTransports.Http)
        {
            services.AddSingleton<SlackRequestVerifier>();
            services.AddSingleton<IHttpEndpointModule, SlackHttpEndpoints>();
        }
        else if (configured.EffectiveTransport == SlackTransports.Socket)
        {
            services.AddSlackSocketMode(configuration);
        }

        return services;
    }
}
