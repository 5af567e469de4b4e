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

    /// <summary>
    /// files.getUploadURLExternal (optional scope <c>files:write</c>): where to send a file of
    /// <paramref name="length"/> bytes (<c>upload_url</c>) and its <c>file_id</c>. Without the scope
    /// Slack answers <c>missing_scope</c>. A client that cannot upload answers <c>not_supported</c>.
    /// </summary>
    Task<SlackApiResult> GetUploadUrlAsync(ChannelAddress channel, string fileName, int length, string altText, CancellationToken cancellationToken) =>
        Task.FromResult(SlackApiResult.Failed("not_supported"));

    /// <summary>Sends the file's bytes to the <paramref name="uploadUrl"/> Slack handed out (no token: the address is the permission).</summary>
    Task<SlackApiResult> UploadAsync(Uri uploadUrl, byte[] bytes, CancellationToken cancellationToken) =>
        Task.FromResult(SlackApiResult.Failed("not_supported"));

    /// <summary>files.completeUploadExternal: shares the uploaded file in the channel.</summary>
    Task<SlackApiResult> CompleteUploadAsync(ChannelAddress channel, string fileId, string title, CancellationToken cancellationToken) =>
        Task.FromResult(SlackApiResult.Failed("not_supported"));
}
