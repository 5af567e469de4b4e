using WatchBot.Core.Kernel;

namespace WatchBot.Slack.Api;

/// <summary>
/// The Slack Web API methods WatchBot uses. Every call checks <c>ok</c> and returns failures as
/// <see cref="SlackApiResult"/> values; rate limits are honoured inside (chat.postMessage per channel,
/// the other methods per workspace and method tier, as Slack counts them; HTTP 429 Retry-After), so a
/// call may wait. The channel's address names its workspace.
/// </summary>
public interface ISlackWebApi
{
    /// <summary>chat.postMessage; the result's <c>ts</c> is the message id.</summary>
    Task<SlackApiResult> PostMessageAsync(ChannelAddress channel, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.update of a message the bot posted.</summary>
    Task<SlackApiResult> UpdateMessageAsync(ChannelAddress channel, string ts, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.postEphemeral: visible to <paramref name="user"/> only.</summary>
    Task<SlackApiResult> PostEphemeralAsync(ChannelAddress channel, string user, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.scheduleMessage; the result's <c>scheduled_message_id</c> deletes it.</summary>
    Task<SlackApiResult> ScheduleMessageAsync(ChannelAddress channel, DateTimeOffset postAt, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.deleteScheduledMessage; fails once Slack has posted it (or is about to).</summary>
    Task<SlackApiResult> DeleteScheduledMessageAsync(ChannelAddress channel, string scheduledMessageId, CancellationToken cancellationToken);

    /// <summary>
    /// users.info (optional scope <c>users:read</c>): the person's profile, whose <c>user.tz</c> is their
    /// IANA zone. Without the scope Slack answers <c>missing_scope</c>. The workspace paces it (Tier 4).
    /// </summary>
    Task<SlackApiResult> UserInfoAsync(string teamId, string userId, CancellationToken cancellationToken);
}
