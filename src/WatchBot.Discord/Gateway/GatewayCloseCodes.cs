namespace WatchBot.Discord.Gateway;

/// <summary>What a close code from Discord means for the next connection (opcodes-and-status-codes, "Gateway Close Event Codes").</summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>
    /// The code WatchBot closes with when it means to resume (zombie, op 7, op 9 true): anything but
    /// 1000/1001, which would end the session.
    /// </summary>
    public const int ClientResuming = 4000;

    /// <summary>Bad token, invalid shard, sharding required, bad API version, invalid or disallowed intents: retrying cannot help.</summary>
    public static bool IsFatal(int code) => code == AuthenticationFailed || code is >= 4010 and <= 4014;

    /// <summary>The session is gone (bad sequence, timed out): the next connection identifies afresh.</summary>
    public static bool EndsSession(int code) => code is InvalidSeq or SessionTimedOut;

    /// <summary>Plain-words reason for the fatal codes, for the one log line an operator reads.</summary>
    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed: Discord:Token is wrong or was reset",
        4010 => "invalid shard: check Discord:Gateway:ShardIds and ShardCount",
        4011 => "sharding required: set Discord:Gateway:ShardCount higher (or leave it unset)",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this application",
        _ => "unexpected close",
    };
}
