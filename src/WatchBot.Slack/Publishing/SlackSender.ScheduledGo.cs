using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Publishing;

// An announcement known in advance (a booked session's GO) is queued with Slack as well, so it posts
// even if the bot is down or throttled at that instant. Exactly one copy must appear: whoever first
// "claims" it wins. When the announcement of the same key comes (or the view withdraws the key: a late
// start, an end, a wait), the sender tries to delete the queued message. Deleted: Slack will never post
// it, so we post our own. Not deletable (Slack posted it, or is posting it): Slack's copy is the one, and
// ours is skipped. The id is forgotten either way, so a later announcement of that key (a resume's GO) posts.
internal sealed partial class SlackSender
{
    private async Task QueueAheadAsync(ChannelAddress channel, AnnouncementAhead ahead, CancellationToken cancellationToken)
    {
        if (ahead.Announcement.Key is not { } key)
        {
            return;
        }

        var result = await api.ScheduleMessageAsync(channel.ChannelId, ahead.At, SlackViewBridge.Message(ahead.Announcement.Lines), cancellationToken);
        if (result.Ok && result.Get("scheduled_message_id") is { } id)
        {
            await links.SetAsync(SlackPlatform.Name, ScheduledGoKey(key), id, cancellationToken);
            Log.ScheduledGo(logger, "queued", key);
        }
        else
        {
            await CheckAsync(channel, result, cancellationToken);
        }
    }

    /// <summary>True when our own copy should be posted: none is queued with Slack, or it was deleted in time.</summary>
    private async Task<bool> ClaimAsync(ChannelAddress channel, string key, CancellationToken cancellationToken)
    {
        var linkKey = ScheduledGoKey(key);
        var id = await links.GetAsync(SlackPlatform.Name, linkKey, cancellationToken);
        if (id is null)
        {
            return true;
        }

        var deleted = await api.DeleteScheduledMessageAsync(channel.ChannelId, id, cancellationToken);
        await links.DeleteAsync(SlackPlatform.Name, linkKey, cancellationToken);
        Log.ScheduledGo(logger, deleted.Ok ? "deleted" : "already posted by Slack", key);
        return deleted.Ok;
    }
}
