using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// "I can't post here", told privately to whoever caused a send the platform refused
/// (<see cref="SendStatus.CannotPost"/>): Discord's ephemeral follow-up, Slack's response_url.
/// </summary>
public interface ICannotPostNote
{
    /// <param name="channel">The channel the send was for.</param>
    /// <param name="cause">Who to tell, as the platform captured it.</param>
    /// <param name="refusal">The refusal, whose <see cref="SendResult.Detail"/> may name what is missing.</param>
    /// <param name="cancellationToken">Stops the note.</param>
    Task SendAsync(ChannelAddress channel, SendCause cause, SendResult refusal, CancellationToken cancellationToken);
}
