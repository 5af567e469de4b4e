using WatchBot.Core.Kernel;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Tests.Support;

/// <summary>users.info answering what the test says; every other method is not WatchBot's business here.</summary>
internal sealed class ScriptedSlackApi : ISlackWebApi
{
    public SlackApiResult Answer { get; set; } = SlackApiResult.Failed("unset");

    public bool Hang { get; set; }

    public bool Throw { get; set; }

    public int Calls { get; private set; }

    public async Task<SlackApiResult> UserInfoAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        Calls++;
        if (Throw)
        {
            throw new InvalidOperationException("broken");
        }

        if (Hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
        }

        return Answer;
    }

    public Task<SlackApiResult> PostMessageAsync(ChannelAddress channel, SlackMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SlackApiResult> UpdateMessageAsync(ChannelAddress channel, string ts, SlackMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SlackApiResult> PostEphemeralAsync(ChannelAddress channel, string user, SlackMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SlackApiResult> ScheduleMessageAsync(ChannelAddress channel, DateTimeOffset postAt, SlackMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SlackApiResult> DeleteScheduledMessageAsync(ChannelAddress channel, string scheduledMessageId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
