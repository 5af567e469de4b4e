namespace WatchBot.Slack.Api;

/// <summary>
/// The Slack Web API methods WatchBot uses. Every call checks <c>ok</c> and returns failures as
/// <see cref="SlackApiResult"/> values; rate limits (per channel, per method tier, 429 Retry-After)
/// are honoured inside, so a call may wait.
/// </summary>
public interface ISlackWebApi
{
    /// <summary>chat.postMessage; the result's <c>ts</c> is the message id.</summary>
    Task<SlackApiResult> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.update of a message the bot posted.</summary>
    Task<SlackApiResult> UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.postEphemeral: visible to <paramref name="user"/> only.</summary>
    Task<SlackApiResult> PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.scheduleMessage; the result's <c>scheduled_message_id</c> deletes it.</summary>
    Task<SlackApiResult> ScheduleMessageAsync(string channel, DateTimeOffset postAt, SlackMessage message, CancellationToken cancellationToken);

    /// <summary>chat.deleteScheduledMessage; fails once Slack has posted it (or is about to).</summary>
    Task<SlackApiResult> DeleteScheduledMessageAsync(string channel, string scheduledMessageId, CancellationToken cancellationToken);
}
