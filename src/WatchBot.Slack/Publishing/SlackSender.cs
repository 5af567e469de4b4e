using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Sessions;
using WatchBot.Core.Views;
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
    private readonly Dictionary<ChannelAddress, List<string>> _reactionBatches = [];
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
                Log.SendFailed(logger, ex, item.GetType().Name, item.Channel.ToString());
            }
        }
    }

    private async Task SendAsync(SlackOutboxItem item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case ViewItem view:
                await SendViewAsync(view.Channel, view.View, cancellationToken);
                break;
            case EphemeralItem ephemeral:
                await CheckAsync(ephemeral.Channel, await api.PostEphemeralAsync(ephemeral.Channel.ChannelId, ephemeral.UserId, new SlackMessage(ephemeral.Text), cancellationToken), cancellationToken);
                break;
            case FlushReactionsItem:
                await FlushReactionsAsync(item.Channel, cancellationToken);
                break;
        }
    }

    private async Task SendViewAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken)
    {
        var batched = view.Announcements.Where(a => a.BatchKey is not null).ToList();
        foreach (var line in batched.SelectMany(a => a.Lines))
        {
            QueueReaction(channel, SlackViewBridge.Draw(line));
        }

        if (batched.Count == view.Announcements.Count && view.Card is null && view.Ahead is null && view.Withdraw.Count == 0)
        {
            return;
        }

        // Lines still waiting belong before whatever comes next (a pause, the recap).
        await FlushReactionsAsync(channel, cancellationToken);
        if (view.Ahead is { } ahead)
        {
            await QueueAheadAsync(channel, ahead, cancellationToken);
        }

        foreach (var key in view.Withdraw)
        {
            await ClaimAsync(channel, key, cancellationToken);
        }

        if (view.Card is { } card)
        {
            await UpsertSessionMessageAsync(channel, card.Key, SlackViewBridge.Card(card), cancellationToken);
        }

        foreach (var announcement in view.Announcements.Where(a => a.BatchKey is null))
        {
            if (announcement.Key is { } key && !await ClaimAsync(channel, key, cancellationToken))
            {
                continue;
            }

            await CheckAsync(channel, await api.PostMessageAsync(channel.ChannelId, SlackViewBridge.Message(announcement.Lines), cancellationToken), cancellationToken);
        }
    }

    private async Task UpsertSessionMessageAsync(ChannelAddress channel, string cardKey, SlackMessage message, CancellationToken cancellationToken)
    {
        var key = MessageKey(cardKey);
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

    private void QueueReaction(ChannelAddress channel, string line)
    {
        if (!_reactionBatches.TryGetValue(channel, out var batch))
        {
            batch = [];
            _reactionBatches[channel] = batch;
            _ = FlushLaterAsync(channel);
        }

        batch.Add(line);
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
            await CheckAsync(channel, await api.PostMessageAsync(channel.ChannelId, new SlackMessage(string.Join("\n", batch)), cancellationToken), cancellationToken);
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

    internal static string MessageKey(string cardKey) => "msg:" + cardKey;

    internal static string ScheduledGoKey(string announcementKey) => "sched:" + announcementKey;
}
