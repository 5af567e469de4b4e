using WatchBot.Discord.Rest;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The interaction a send came from: its webhook reaches the person who ran the command (an ephemeral
/// follow-up) when the channel itself cannot be written to.
/// </summary>
/// <param name="ApplicationId">The application the interaction webhook belongs to.</param>
/// <param name="Token">The interaction token (valid 15 minutes). Secret: never printed.</param>
internal sealed record DiscordSendCause(Snowflake ApplicationId, string Token) : SendCause
{
    // A record prints its members; this one holds a token, which must not reach a log.
    public override string ToString() => $"interaction of application {ApplicationId}";
}
