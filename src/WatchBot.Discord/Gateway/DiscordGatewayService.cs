using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// Runs <see cref="IDiscordGateway"/> for the host's lifetime. When Discord refuses the bot for good
/// (bad token, intents, shards) it stops the host, unless <c>Discord:Gateway:StopHostOnFatalClose</c>
/// is false: a bot that cannot hear commands should fail loudly, not idle.
/// </summary>
public sealed class DiscordGatewayService(
    IDiscordGateway gateway,
    IOptions<GatewayOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var stopped = await gateway.RunAsync(stoppingToken);
            if (stopped.FatalCloseCode is int code && options.Value.StopHostOnFatalClose)
            {
                GatewayLog.StoppingHost(logger, code);
                lifetime.StopApplication();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
#pragma warning disable CA1031 // Logged here so a gateway bug is visible; the HTTP side of the bot keeps running.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.GatewayCrashed(logger, ex);
        }
    }
}
