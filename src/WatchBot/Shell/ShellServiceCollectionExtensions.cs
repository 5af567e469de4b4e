using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WatchBot.Engine.Ports;

namespace WatchBot.Shell;

/// <summary>Registers the local shell channel when it is enabled (see <see cref="ShellOptions.Enabled"/>).</summary>
public static class ShellServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotShell(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ShellOptions.SectionName);
        services.AddOptions<ShellOptions>().Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.UserName) && !string.IsNullOrWhiteSpace(o.ChannelName) && !string.IsNullOrWhiteSpace(o.PictureFolder),
                "Shell:UserName, Shell:ChannelName and Shell:PictureFolder must not be empty.")
            .ValidateOnStart();

        if (!IsEnabled(section.Get<ShellOptions>() ?? new ShellOptions(), configuration))
        {
            return services;
        }

        services.TryAddSingleton<IShellTerminal, ConsoleTerminal>();
        services.AddSingleton<ShellMarkup>();
        services.AddSingleton<ShellOutput>();
        services.AddSingleton<ShellPictures>();
        services.AddSingleton<IChannelPublisher, ShellPublisher>();
        services.AddSingleton<IHostedService, ShellChannel>();
        return services;
    }

    private static bool IsEnabled(ShellOptions options, IConfiguration configuration) =>
        options.Enabled ?? (string.IsNullOrEmpty(configuration["Discord:Token"])
            && string.IsNullOrEmpty(configuration["Discord:PublicKey"])
            && string.IsNullOrEmpty(configuration["Slack:BotToken"]));
}
