using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Publishing;

/// <summary>One send waiting in a channel's queue.</summary>
/// <param name="ChannelId">The Discord channel.</param>
/// <param name="Message">What to send.</param>
/// <param name="CardKey">When set, this is a card: one message per key, edited in place (created the first time).</param>
/// <param name="Scope">The interaction that caused it, to tell its sender about missing permissions.</param>
internal sealed record OutboxItem(string ChannelId, DiscordMessage Message, string? CardKey, InteractionScope? Scope);
