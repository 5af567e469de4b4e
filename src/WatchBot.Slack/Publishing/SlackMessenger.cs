using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Platform.Outbound;
using WatchBot.Slack.Api;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// What Slack gives the platform kit: chat.postMessage for announcements and a card's first post,
/// chat.update to edit it, and Slack's scheduled messages to post an announcement by itself at its
/// instant (chat.scheduleMessage / chat.deleteScheduledMessage). Drawn by <see cref="SlackMarkup"/>;
/// pacing and Retry-After are the Web API client's. An announcement's picture follows it into the
/// channel as a file (<see cref="SlackPictureShare"/>) where the workspace granted <c>files:write</c>.
/// </summary>
internal sealed class SlackMessenger(ISlackWebApi api, SlackPictureShare? pictures = null) : IPlatformMessenger, IAheadPoster
{
    public string Platform => SlackPlatform.Name;

    public async Task<SendResult> PostAsync(ChannelAddress channel, Announcement announcement, CancellationToken cancellationToken)
    {
        var posted = Result(await api.PostMessageAsync(channel, SlackMarkup.Announcement(announcement), cancellationToken), "ts");
        if (posted.Status == SendStatus.Sent && announcement.Picture is { } picture && pictures is not null)
        {
            await pictures.ShareAsync(channel, picture, cancellationToken);
        }

        return posted;
    }

    public async Task<SendResult> PostCardAsync(ChannelAddress channel, Card card, CancellationToken cancellationToken) =>
        Result(await api.PostMessageAsync(channel, SlackMarkup.Card(card), cancellationToken), "ts");

    public async Task<SendResult> EditCardAsync(ChannelAddress channel, string messageId, Card card, CancellationToken cancellationToken)
    {
        var updated = await api.UpdateMessageAsync(channel, messageId, SlackMarkup.Card(card), cancellationToken);

        // Deleted by someone, or too old to edit: the kit posts the card again.
        return updated.Error is "message_not_found" or "cant_update_message" ? SendResult.Gone(updated.Error) : Result(updated, "ts");
    }

    public async Task<SendResult> ArrangeAsync(ChannelAddress channel, AnnouncementAhead ahead, CancellationToken cancellationToken) =>
        Result(await api.ScheduleMessageAsync(channel, ahead.At, SlackMarkup.Announcement(ahead.Announcement), cancellationToken), "scheduled_message_id");

    /// <summary>Deleted: Slack will never post it. Not deletable: Slack has posted it, or is posting it right now.</summary>
    public async Task<bool> CancelAsync(ChannelAddress channel, string handle, CancellationToken cancellationToken) =>
        (await api.DeleteScheduledMessageAsync(channel, handle, cancellationToken)).Ok;

    private static SendResult Result(SlackApiResult result, string idField) =>
        result.Ok ? SendResult.Sent(result.Get(idField))
        : result.IsNotInChannel ? SendResult.CannotPost(result.Error)
        : SendResult.Failed(result.Error);
}
