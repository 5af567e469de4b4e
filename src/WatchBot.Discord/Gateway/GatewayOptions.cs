namespace WatchBot.Discord.Gateway;

/// <summary>The Discord gateway connection (config section <c>Discord:Gateway</c>; env <c>Discord__Gateway__*</c>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Discord:Gateway";

    /// <summary>
    /// How many shards the bot runs in total. Default <c>null</c>: the count Discord recommends in
    /// <c>GET /gateway/bot</c>. Between 1 and 65535 when set; every process of a multi-process bot
    /// must use the same value.
    /// </summary>
    public int? ShardCount { get; set; }

    /// <summary>
    /// The shard ids this process runs, each in <c>[0, ShardCount)</c>, no duplicates. Default
    /// <c>null</c>: all of them (<c>0 … ShardCount-1</c>). Set it to split shards across processes.
    /// </summary>
    public IList<int>? ShardIds { get; set; }

    /// <summary>
    /// Connect here instead of the URL from <c>GET /gateway/bot</c> (tests, a gateway proxy).
    /// Default <c>null</c>. Must be an absolute <c>ws://</c> or <c>wss://</c> URL; the client adds
    /// <c>?v=10&amp;encoding=json</c>.
    /// </summary>
    public Uri? Url { get; set; }

    /// <summary>How long opening the WebSocket may take. Default <c>00:00:30</c>; 1 s to 5 min.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for Hello (op 10) after connecting before giving up on the connection.
    /// Default <c>00:00:30</c>; 1 s to 5 min.
    /// </summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for the server's close frame after we send ours before dropping the socket.
    /// Default <c>00:00:05</c>; 0 to 1 min.
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Wait before the second attempt in a row that fails to reach READY/RESUMED; doubled per further
    /// failure up to <see cref="ReconnectDelayMax"/>, each wait jittered to 50–100 %. A connection that
    /// was healthy reconnects at once. Default <c>00:00:01</c>; 0 to 1 min.
    /// </summary>
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnect attempts. Default <c>00:01:00</c>; at least <see cref="ReconnectDelayMin"/>, at most 10 min.</summary>
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Stop the whole bot when Discord closes with a code that must not be retried (4004 bad token,
    /// 4010–4014 bad shard/version/intents). Default <c>true</c>: such a bot cannot receive
    /// commands, and an operator must fix the configuration. <c>false</c> stops only the gateway.
    /// </summary>
    public bool StopHostOnFatalClose { get; set; } = true;

    /// <summary>The bot token, copied from <c>Discord:Token</c> (not bound from this section, never logged).</summary>
    internal string Token { get; set; } = "";
}
