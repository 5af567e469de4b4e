using WatchBot.Core.Sessions;
using WatchBot.Platform.RateLimits;

namespace WatchBot.Slack.Api;

/// <summary>
/// How Slack counts calls, as keys of one <see cref="KeyedRateGate"/>: chat.postMessage per channel
/// (about one a second after a short burst), every other method per workspace and method at its tier
/// (PROTOCOLS.md §8). One busy workspace never slows another.
/// </summary>
internal static class SlackRateKeys
{
    private const string PostPrefix = "post|";

    public static string For(string method, ChannelAddress? channel) => method switch
    {
        "chat.postMessage" when channel is not null => $"{PostPrefix}{channel.SpaceId}|{channel.ChannelId}",
        _ => $"{channel?.SpaceId ?? "app"}|{method}",
    };

    /// <summary>The limit of a key made by <see cref="For"/>.</summary>
    public static RateLimit LimitOf(string key, SlackOptions options)
    {
        if (key.StartsWith(PostPrefix, StringComparison.Ordinal))
        {
            return new RateLimit(options.PostBurst, options.PostInterval * options.PostBurst);
        }

        var perMinute = SlackMethodTiers.PerMinute(key[(key.LastIndexOf('|') + 1)..]);
        return new RateLimit(perMinute, TimeSpan.FromMinutes(1));
    }
}
