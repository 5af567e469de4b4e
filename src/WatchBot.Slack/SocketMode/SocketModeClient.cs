using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Platform.Resilience;
using WatchBot.Platform.Sockets;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// The Socket Mode client: <see cref="SocketModeProtocol"/> (fresh URL, hello, envelopes, acks,
/// disconnect reasons) in the kit's <see cref="ReconnectingSocketHost"/>, which reconnects with
/// jittered backoff and stops for good on <c>link_disabled</c>.
/// </summary>
public sealed class SocketModeClient : ISocketModeClient
{
    private readonly SocketModeProtocol _protocol;
    private readonly ReconnectingSocketHost _host;
    private readonly ILogger<SocketModeClient> _logger;

    public SocketModeClient(
        ISocketModeUrlSource urlSource,
        ISocketModeEnvelopeHandler handler,
        IOptions<SocketModeOptions> options,
        TimeProvider time,
        IJitter jitter,
        ILogger<SocketModeClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _logger = logger;
        _protocol = new SocketModeProtocol(urlSource, new SocketModeEnvelopeDispatcher(handler, options, time, logger), settings, time, logger);

        // Floored at the minimum: apps.connections.open is itself rate-limited (Tier 1), so even the
        // first retry waits the whole minimum, and failures can never hot-loop.
        var backoff = new Backoff(settings.ReconnectDelayMin, settings.ReconnectDelayMax, settings.ReconnectDelayMin);
        _host = new ReconnectingSocketHost(_protocol, backoff, jitter, time);
    }

    public SocketStatus Status => _host.Status;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _host.RunAsync(cancellationToken);
        }
        finally
        {
            await _protocol.LeaveAsync();
            SocketModeLog.Stopped(_logger);
        }
    }
}
