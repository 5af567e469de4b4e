using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Discord.Rest;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Channels;

/// <summary>
/// Whether a Discord channel is age-restricted, when the interaction's partial channel did not say:
/// <c>GET /channels/{id}</c>, and for a thread (types 10–12, which never carry <c>nsfw</c>) its parent's
/// flag (PROTOCOLS §5d). Answers are kept briefly, so a burst of rated commands costs one call; a
/// failed lookup is not kept and counts as not restricted (the rated title is refused, the safe side).
/// </summary>
internal sealed class DiscordChannelFacts(IDiscordRestClient rest, TimeProvider time, ILogger<DiscordChannelFacts> logger) : IChannelFacts
{
    /// <summary>How long an answer is kept: a moderator who just turned the flag on waits at most this.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<ulong, (bool Restricted, DateTimeOffset At)> _known = new();

    public string Platform => DiscordPlatform.Name;

    public async Task<bool> IsAgeRestrictedAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (!Snowflake.TryParse(channel.ChannelId, out var id))
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (_known.TryGetValue(id.Value, out var kept) && now - kept.At < KeepFor)
        {
            return kept.Restricted;
        }

        var found = await LookUpAsync(id, cancellationToken);
        if (found is not { } restricted)
        {
            return false;
        }

        _known[id.Value] = (restricted, now);
        return restricted;
    }

    /// <summary>The channel's flag, its parent's for a thread; null when Discord did not answer usably.</summary>
    private async Task<bool?> LookUpAsync(Snowflake id, CancellationToken cancellationToken)
    {
        if (await FetchAsync(id, cancellationToken) is not { } channel)
        {
            return null;
        }

        if (!ChannelObject.IsThread(channel))
        {
            return ChannelObject.Nsfw(channel);
        }

        if (ChannelObject.ParentId(channel) is not { } parentId)
        {
            ChannelFactsLog.NoParent(logger, id.ToString());
            return null;
        }

        return await FetchAsync(parentId, cancellationToken) is { } parent ? ChannelObject.Nsfw(parent) : null;
    }

    private async Task<JsonElement?> FetchAsync(Snowflake id, CancellationToken cancellationToken)
    {
        var result = await rest.SendAsync(DiscordRoute.GetChannel(id), null, cancellationToken);
        if (result is { IsSuccess: true, Body: { ValueKind: JsonValueKind.Object } body })
        {
            return body;
        }

        ChannelFactsLog.LookupFailed(logger, id.ToString(), result.Status, result.Code);
        return null;
    }
}
