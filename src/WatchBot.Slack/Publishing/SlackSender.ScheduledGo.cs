using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Publishing;

// The GO of a scheduled session is queued with Slack as well, so it posts even if the bot is down at
// that instant. Exactly one GO must appear: whoever first "claims" it wins. When the session reaches
// GO (or ends, or starts late), the sender tries to delete the queued message. Deleted: Slack will
// never post it, so we post our own GO. Not deletable (Slack posted it, or is posting it): Slack's
// copy is the GO, and ours is skipped. The id is forgotten either way, so a later resume's GO posts.
internal sealed partial class SlackSender
{
    private async Task QueueScheduledGoAsync(ChannelAddress channel, SessionScheduled scheduled, CancellationToken cancellationToken)
    {
        var result = await api.ScheduleMessageAsync(channel.ChannelId, scheduled.At, SlackRenderer.ScheduledGo(scheduled.Session), cancellationToken);
        if (result.Ok && result.Get("scheduled_message_id") is { } id)
        {
            await links.SetAsync(SlackPlatform.Name, ScheduledGoKey(scheduled.Session.Id), id, cancellationToken);
            Log.ScheduledGo(logger, "queued", scheduled.Session.Id.Value);
        }
        else
        {
            await CheckAsync(channel, result, cancellationToken);
        }
    }

    /// <summary>True when our own GO should be posted: no GO is queued with Slack, or it was deleted in time.</summary>
    private async Task<bool> ClaimGoAsync(ChannelAddress channel, WatchSession session, CancellationToken cancellationToken)
    {
        var key = ScheduledGoKey(session.Id);
        var id = await links.GetAsync(SlackPlatform.Name, key, cancellationToken);
        if (id is null)
        {
            return true;
        }

        var deleted = await api.DeleteScheduledMessageAsync(channel.ChannelId, id, cancellationToken);
        await links.DeleteAsync(SlackPlatform.Name, key, cancellationToken);
        Log.ScheduledGo(logger, deleted.Ok ? "deleted" : "already posted by Slack", session.Id.Value);
        return deleted.Ok;
    }
}
