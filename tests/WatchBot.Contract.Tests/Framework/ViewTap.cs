using Microsoft.Extensions.DependencyInjection;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// Wraps a platform's real <see cref="IChannelPublisher"/>: records each view the engine hands it in
/// the <see cref="ViewLog"/>, once the real publisher has taken it (unchanged), so the platform still delivers it.
/// </summary>
internal sealed class ViewTap(IChannelPublisher inner, ViewLog log) : IChannelPublisher
{
    public string Platform => inner.Platform;

    public async Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        // Logged once the platform took it: a view it refused was not shown.
        await inner.PublishAsync(channel, view, cancellationToken);
        log.Add(view);
    }

    /// <summary>Replaces every registered publisher with the same publisher behind a tap.</summary>
    public static void Install(IServiceCollection services, ViewLog log)
    {
        var registered = services.Where(d => d.ServiceType == typeof(IChannelPublisher)).ToList();
        foreach (var descriptor in registered)
        {
            services.Remove(descriptor);
            services.AddSingleton<IChannelPublisher>(sp => new ViewTap(Resolve(sp, descriptor), log));
        }
    }

    private static IChannelPublisher Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IChannelPublisher
        ?? (IChannelPublisher?)descriptor.ImplementationFactory?.Invoke(services)
        ?? (IChannelPublisher)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
