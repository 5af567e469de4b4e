using WatchBot.Core.Kernel;
using WatchBot.Platform.Outbound;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// The latest <c>response_url</c> per channel (valid 30 minutes). When the bot is not in a channel it
/// cannot post there at all, not even ephemerally; the response_url of the command that caused the
/// post still reaches the person, which is how they learn to invite the bot. The kit asks for it when
/// a send is queued and carries it with that send.
/// </summary>
internal sealed class ResponseUrlBook(TimeProvider time) : RecentCauses(time, Lifetime)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(29);

    public void Remember(ChannelAddress channel, string? responseUrl)
    {
        if (Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            Keep(channel, new SlackResponseUrl(url));
        }
    }
}
