using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Slack.Api;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The one background worker that sends to Slack, in queue order (so a session message is posted
/// before it is edited). A failed send is logged and never stops the loop; the session was saved
/// before anything was queued, so it stays consistent whatever Slack answers.
/// </summary>
internal sealed partial class SlackSender(
    SlackOutbox outbox,
    ISlackWebApi api,
    IPlatformLinks links,
    ResponseUrlBook responseUrls,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackSender> logger) : BackgroundService
{
    private readonly Dictionary<ChannelAddress, List<Reaction>> _reactionBatches = [];
    private readonly HttpClient _responseUrlClient = new() { Timeout = TimeSpan.FromSeconds(10) };

    public override void Dispose()
    {
        _responseUrlClient.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(item, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.SendFailed(logger, ex, item is NoticeItem n ? n.Notice.GetType().Name : item.GetType().Name, item.Channel.ToString());
            }
        }
    }

    private async Task SendAsync(SlackOutboxItem item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case NoticeItem { Notice: ReactionAdded added }:
                QueueReaction(item.Channel, added.Reaction);
                break;
            case NoticeItem notice:
                await SendNoticeAsync(notice.Channel, notice.Notice, cancellationToken);
                break;
            case EphemeralItem ephemeral:
                await CheckAsync(ephemeral.Channel, await api.PostEphemeralAsync(ephemeral.Channel.ChannelId, ephemeral.UserId, new SlackMessage(ephemeral.Text), cancellationToken), cancellationToken);
                break;
            case FlushReactionsItem:
                await FlushReactionsAsync(item.Channel, cancellationToken);
                break;
        }
    }

    private async Task SendNoticeAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        // Reactions still waiting belong before whatever comes next (a pause, the recap).
        await FlushReactionsAsync(channel, cancellationToken);

        var postNew = true;
        switch (notice)
        {
            case SessionScheduled scheduled:
                await QueueScheduledGoAsync(channel, scheduled, cancellationToken);
                break;
            case PlaybackStarted started:
                postNew = await ClaimGoAsync(channel, started.Session, cancellationToken);
                break;
            // A wait moves the GO to whenever the channel frees: the queued one would come too early.
            case LateStart or SessionEnded or SessionMissed or ScheduledStartBlocked or ScheduledStartWaiting:
                await ClaimGoAsync(channel, SessionOf(notice)!, cancellationToken);
                break;
        }

        var rendering = SlackRenderer.Render(notice);
        if (rendering is { Session: { } session, SessionMessage: { } message })
        {
            await UpsertSessionMessageAsync(channel, session, message, cancellationToken);
        }

        if (postNew && rendering.Post is { } post)
        {
            await CheckAsync(channel, await api.PostMessageAsync(channel.ChannelId, post, cancellationToken), cancellationToken);
        }
    }

    private async Task UpsertSessionMessageAsync(ChannelAddress channel, WatchSession session, SlackMessage message, CancellationToken cancellationToken)
    {
        var key = MessageKey(session.Id);
        var ts = await links.GetAsync(SlackPlatform.Name, key, cancellationToken);
        if (ts is not null)
        {
            var updated = await api.UpdateMessageAsync(channel.ChannelId, ts, message, cancellationToken);
            if (updated.Ok || updated.Error is not ("message_not_found" or "cant_update_message"))
            {
                await CheckAsync(channel, updated, cancellationToken);
                return;
            }
        }

        var posted = await api.PostMessageAsync(channel.ChannelId, message, cancellationToken);
        if (posted.Ok && posted.Get("ts") is { } newTs)
        {
            await links.SetAsync(SlackPlatform.Name, key, newTs, cancellationToken);
        }

        await CheckAsync(channel, posted, cancellationToken);
    }

    private void QueueReaction(ChannelAddress channel, Reaction reaction)
    {
        if (!_reactionBatches.TryGetValue(channel, out var batch))
        {
            batch = [];
            _reactionBatches[channel] = batch;
            _ = FlushLaterAsync(channel);
        }

        batch.Add(reaction);
    }

    private async Task FlushLaterAsync(ChannelAddress channel)
    {
        try
        {
            await Task.Delay(options.Value.ReactionBatchWindow, time, CancellationToken.None);
        }
        finally
        {
            outbox.Enqueue(new FlushReactionsItem(channel));
        }
    }

    private async Task FlushReactionsAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        if (_reactionBatches.Remove(channel, out var batch) && batch.Count > 0)
        {
            await CheckAsync(channel, await api.PostMessageAsync(channel.ChannelId, SlackRenderer.Reactions(batch), cancellationToken), cancellationToken);
        }
    }

    private async Task CheckAsync(ChannelAddress channel, SlackApiResult result, CancellationToken cancellationToken)
    {
        if (!result.IsNotInChannel)
        {
            return;
        }

        Log.NotInChannel(logger, channel.ToString(), result.Error!);
        if (responseUrls.Take(channel) is { } url)
        {
            var note = new JsonObject
            {
                ["response_type"] = "ephemeral",
                ["text"] = "I can't post in this channel because I'm not a member. Invite me with `/invite @WatchBot` and try again — your session is saved.",
            };
            try
            {
                using var content = new StringContent(note.ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await _responseUrlClient.PostAsync(url, content, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                Log.SendFailed(logger, ex, "InviteNote", channel.ToString());
            }
        }
    }

    private static WatchSession? SessionOf(Notice notice) => SlackRenderer.Render(notice).Session;

    internal static string MessageKey(SessionId id) => "msg:" + id.Value;

    internal static string ScheduledGoKey(SessionId id) => "sched:" + id.Value;
}
