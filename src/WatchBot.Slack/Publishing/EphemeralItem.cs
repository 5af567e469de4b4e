using WatchBot.Core.Sessions;

namespace WatchBot.Slack.Publishing;

/// <summary>An answer for one person in a channel (mrkdwn, already drawn), sent as an ephemeral message.</summary>
internal sealed record EphemeralItem(ChannelAddress Channel, string UserId, string Text);
