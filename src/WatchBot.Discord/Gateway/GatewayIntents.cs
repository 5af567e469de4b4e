namespace WatchBot.Discord.Gateway;

/// <summary>
/// The gateway intents WatchBot asks for: none. INTERACTION_CREATE belongs to no intent and always
/// arrives; no privileged intent (members, presences, message content) is needed or requested.
/// </summary>
internal static class GatewayIntents
{
    public const int None = 0;

    /// <summary>GUILD_MEMBERS (1 &lt;&lt; 1), GUILD_PRESENCES (1 &lt;&lt; 8), MESSAGE_CONTENT (1 &lt;&lt; 15).</summary>
    public const int Privileged = (1 << 1) | (1 << 8) | (1 << 15);
}
