using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// Whether a channel is age-restricted, for a <c>rated:18</c> command: what the command's payload said
/// when it said it, else the platform's own facts, else whether moderators marked it in the space.
/// </summary>
internal sealed class ChannelAgeCheck(IEnumerable<IChannelFacts>? facts)
{
    private readonly Dictionary<string, IChannelFacts> _byPlatform =
        (facts ?? []).ToDictionary(f => f.Platform, StringComparer.Ordinal);

    public async Task<bool> IsAgeRestrictedAsync(ChannelAddress channel, bool? fromPayload, SpaceSettings space, CancellationToken cancellationToken)
    {
        if (fromPayload is { } said)
        {
            return said;
        }

        return _byPlatform.TryGetValue(channel.Platform, out var platform)
            ? await platform.IsAgeRestrictedAsync(channel, cancellationToken)
            : space.AgeRestrictedChannels.Contains(channel.ChannelId);
    }
}
