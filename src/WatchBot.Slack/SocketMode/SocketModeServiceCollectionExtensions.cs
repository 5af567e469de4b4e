using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WatchBot.Http.Health;
using WatchBot.Platform.Resilience;

namespace WatchBot.Slack.SocketMode;

/// <summary>Registers the Socket Mode transport.</summary>
public static class SocketModeServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Slack:SocketMode</c> options (validated at start), the <see cref="ISocketModeClient"/> and
    /// the hosted service that runs it. Call only when Socket Mode is wanted (an app token is set).
    /// Expects <see cref="ISocketModeEnvelopeHandler"/> and <see cref="ISocketModeUrlSource"/> to be
    /// registered elsewhere; a <see cref="TimeProvider"/> and an <see cref="IJitter"/> are
    /// added only if none is registered yet.
    /// </summary>
    /// <remarks><paramref name="configuration"/> is the root configuration; the section is read from it.</remarks>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SocketModeOptions>()
            .Bind(configuration.GetSection(SocketModeOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SocketModeOptions>, SocketModeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitter>(_ => new RandomJitter());
        services.TryAddSingleton<ISocketModeClient, SocketModeClient>();
        services.AddHostedService<SocketModeHostedService>();
        services.AddSingleton<IReadinessCheck, SocketModeReadiness>();
        return services;
    }
}
