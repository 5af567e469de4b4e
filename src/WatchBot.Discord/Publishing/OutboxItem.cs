using WatchBot.Core.Sessions;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Publishing;

/// <summary>One send waiting in a channel's queue.</summary>
/// <param name="ChannelId">The Discord channel.</param>
/// <param name="Message">What to send.</param>
/// <param name="SessionMessageOf">When set, this is the session's one message: edit it in place (create it the first time).</param>
/// <param name="Scope">The interaction that caused it, to tell its sender about missing permissions.</param>
internal sealed record OutboxItem(string ChannelId, DiscordMessage Message, SessionId? SessionMessageOf, InteractionScope? Scope);
