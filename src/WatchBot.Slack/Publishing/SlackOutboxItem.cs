using WatchBot.Core.Sessions;
using WatchBot.Core.Views;

namespace WatchBot.Slack.Publishing;

/// <summary>One piece of work for the sender: a channel view, an ephemeral answer, or "flush the reaction batch".</summary>
internal abstract record SlackOutboxItem(ChannelAddress Channel);

internal sealed record ViewItem(ChannelAddress Channel, ChannelView View) : SlackOutboxItem(Channel);

internal sealed record EphemeralItem(ChannelAddress Channel, string UserId, string Text) : SlackOutboxItem(Channel);

internal sealed record FlushReactionsItem(ChannelAddress Channel) : SlackOutboxItem(Channel);
