using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Platform.Sockets;

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
    ILogger<DiscordGatewayService> logger) : SocketHostedService(lifetime)
{
    protected override async Task<SocketOutcome?> RunSocketsAsync(CancellationToken stoppingToken) =>
        (await gateway.RunAsync(stoppingToken)).FatalCloseCode is int code ? new SocketOutcome(SocketNext.Fatal, CloseCode: code) : null;

    protected override bool StopsHostOn(SocketOutcome fatal)
    {
        if (!options.Value.StopHostOnFatalClose)
        {
            return false;
        }

        GatewayLog.StoppingHost(logger, fatal.CloseCode ?? 0);
        return true;
    }

    protected override void OnCrashed(Exception exception) => GatewayLog.GatewayCrashed(logger, exception);
}
