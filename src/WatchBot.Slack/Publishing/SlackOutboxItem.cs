using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;

namespace WatchBot.Slack.Publishing;

/// <summary>One piece of work for the sender: a notice, an ephemeral answer, or "flush the reaction batch".</summary>
internal abstract record SlackOutboxItem(ChannelAddress Channel);

internal sealed record NoticeItem(ChannelAddress Channel, Notice Notice) : SlackOutboxItem(Channel);

internal sealed record EphemeralItem(ChannelAddress Channel, string UserId, string Text) : SlackOutboxItem(Channel);

internal sealed record FlushReactionsItem(ChannelAddress Channel) : SlackOutboxItem(Channel);
