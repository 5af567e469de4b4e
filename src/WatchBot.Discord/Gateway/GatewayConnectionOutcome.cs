namespace WatchBot.Discord.Gateway;

/// <summary>What the shard does after a connection ends.</summary>
internal enum GatewayNext
{
    /// <summary>Connect again: resume if the session is still known, else identify.</summary>
    Reconnect,

    /// <summary>A close code that retrying cannot fix (4004, 4010–4014): stop for good.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stopped,
}

/// <summary>How one connection ended. <paramref name="Healthy"/>: it reached READY or RESUMED.</summary>
internal sealed record GatewayConnectionOutcome(GatewayNext Next, bool Healthy, int? CloseCode = null);
