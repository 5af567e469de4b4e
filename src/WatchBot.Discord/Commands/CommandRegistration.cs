using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Commands;

/// <summary>
/// At start-up, one bulk overwrite makes <c>/watch</c> exactly what this build supports (globally, or
/// in <c>Discord:DevGuildId</c> for instant updates). A failure is logged, not fatal: the commands
/// registered last time keep working.
/// </summary>
internal sealed class CommandRegistration(
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        Log.Enabled(logger, o.EffectiveTransport);
        if (!o.RegisterCommands)
        {
            return;
        }

        // Both were validated as snowflakes at start (DiscordOptionsValidator).
        Snowflake? guild = string.IsNullOrWhiteSpace(o.DevGuildId) ? null : Snowflake.Parse(o.DevGuildId);
        var result = await rest.SendAsync(DiscordRoute.OverwriteCommands(Snowflake.Parse(o.ApplicationId!), guild), WatchCommandDefinition.Build(), cancellationToken);
        if (result.IsSuccess)
        {
            Log.CommandsRegistered(logger, guild is null ? "global" : "guild " + guild);
        }
        else
        {
            Log.CommandsRegistrationFailed(logger, result.Status, result.Code);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
