using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WatchBot.Platform.Outbound;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// Sends the answers the inbound handler could not give inside Slack's 3 seconds (and answers to
/// clicks, which Slack never shows from the ack) as ephemeral messages, in queue order. Channel
/// views go through the platform kit instead; these are for one person only.
/// </summary>
internal sealed class SlackReplySender(
    SlackOutbox outbox,
    ISlackWebApi api,
    ResponseUrlBook responseUrls,
    SlackCannotPostNote note,
    ILogger<SlackReplySender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var result = await api.PostEphemeralAsync(item.Channel, item.UserId, new SlackMessage(item.Text), stoppingToken);
                if (result.IsNotInChannel && responseUrls.CauseOf(item.Channel) is { } cause)
                {
                    await note.SendAsync(item.Channel, cause, SendResult.CannotPost(result.Error), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.SendFailed(logger, ex, "Ephemeral", item.Channel.ToString());
            }
        }
    }
}
