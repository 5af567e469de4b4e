namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Timeouts, backoff and keep-alive of the Socket Mode client (config section <c>Slack:SocketMode</c>,
/// environment <c>Slack__SocketMode__&lt;Key&gt;</c>). Times are <c>hh:mm:ss[.fff]</c>. The app token itself
/// is not here: the URL source (<c>apps.connections.open</c>) owns it.
/// </summary>
public sealed class SocketModeOptions
{
    public const string SectionName = "Slack:SocketMode";

    /// <summary>
    /// How long the handler may take before the envelope is acknowledged without waiting for it.
    /// Default <c>00:00:02</c>, between <c>00:00:00.050</c> and <c>00:00:02.750</c>: Slack's deadline is 3 s
    /// from delivery, and the rest is left for the send itself on a busy socket. A late handler's
    /// response payload is dropped (the ack has gone); its other work carries on.
    /// </summary>
    public TimeSpan HandlerBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>WebSocket handshake limit per attempt. Default <c>00:00:10</c>, at least <c>00:00:00.100</c>.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long to wait for <c>hello</c> after the handshake before giving the connection up and
    /// backing off. Default <c>00:00:10</c>, at least <c>00:00:00.100</c>.
    /// </summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// First reconnect delay after a failure (before jitter). Default <c>00:00:01</c>, at least
    /// <c>00:00:00.001</c>. Doubles per consecutive failure up to <see cref="ReconnectDelayMax"/>.
    /// </summary>
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Upper bound of the reconnect delay. Default <c>00:01:00</c> (<c>apps.connections.open</c> is a
    /// Tier 1 method: about one call a minute), not below <see cref="ReconnectDelayMin"/>, at most one hour.
    /// </summary>
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A connection that stayed up this long resets the backoff: the next reconnect starts from
    /// <see cref="ReconnectDelayMin"/> again, and a refresh Slack asks for happens at once. Shorter-lived
    /// connections keep the backoff growing, so a server that greets and drops us is never hammered.
    /// Default <c>00:01:00</c>, at least zero.
    /// </summary>
    public TimeSpan StableConnectionAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// WebSocket ping interval (the runtime's keep-alive, which runs on its own clock). Default
    /// <c>00:00:05</c> like Slack's Node SDK; <c>00:00:00</c> turns pings off.
    /// </summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A ping unanswered this long drops the connection (then we reconnect). Default <c>00:00:10</c>;
    /// <c>00:00:00</c> never drops for a missing pong.
    /// </summary>
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// When leaving a connection: how long to let its in-flight envelopes finish their acks, and
    /// then how long to wait for the close handshake, before aborting it. Default <c>00:00:05</c>,
    /// at least zero.
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest frame accepted; a bigger one drops the connection. Default 1048576 (1 MiB), at least 4096.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many recent envelope ids are remembered to recognise Slack's redeliveries. Default 1000,
    /// between 10 and 1000000.
    /// </summary>
    public int RememberedEnvelopes { get; set; } = 1000;

    /// <summary>
    /// Appends <c>debug_reconnects=true</c> to each URL so Slack refreshes the connection every
    /// 360 s: for exercising reconnects against real Slack. Default false.
    /// </summary>
    public bool DebugReconnects { get; set; }
}
