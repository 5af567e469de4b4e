using System.Collections.Concurrent;
using WatchBot.Core.Sessions;
using WatchBot.Platform.Outbound;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The latest <c>response_url</c> per channel (valid 30 minutes). When the bot is not in a channel it
/// cannot post there at all, not even ephemerally; the response_url of the command that caused the
/// post still reaches the person, which is how they learn to invite the bot. The kit asks for it when
/// a send is queued and carries it with that send.
/// </summary>
internal sealed class ResponseUrlBook(TimeProvider time) : ISendCauseSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(29);

    private readonly ConcurrentDictionary<ChannelAddress, (Uri Url, DateTimeOffset At)> _latest = new();

    public void Remember(ChannelAddress channel, string? responseUrl)
    {
        if (Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            _latest[channel] = (url, time.GetUtcNow());
        }
    }

    /// <summary>The person who last acted in <paramref name="channel"/>, while their response_url is still valid.</summary>
    public SendCause? CauseOf(ChannelAddress channel) =>
        _latest.TryGetValue(channel, out var entry) && time.GetUtcNow() - entry.At < Lifetime ? new SlackResponseUrl(entry.Url) : null;
}
