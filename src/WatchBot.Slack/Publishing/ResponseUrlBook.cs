using System.Collections.Concurrent;
using WatchBot.Core.Sessions;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The latest <c>response_url</c> per channel (valid 30 minutes). When the bot is not in a channel it
/// cannot post there at all, not even ephemerally; the response_url of the command that caused the
/// post still reaches the person, which is how they learn to invite the bot.
/// </summary>
internal sealed class ResponseUrlBook(TimeProvider time)
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

    /// <summary>The URL, once: a note about one failure is enough.</summary>
    public Uri? Take(ChannelAddress channel) =>
        _latest.TryRemove(channel, out var entry) && time.GetUtcNow() - entry.At < Lifetime ? entry.Url : null;
}
