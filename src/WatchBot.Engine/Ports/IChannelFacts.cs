using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// What a platform itself knows about a channel that its command payload may not say: whether it is
/// age-restricted (Discord asks its REST API for a channel, or a thread's parent). A platform without
/// such a flag registers none, and the space's marked channels decide.
/// </summary>
public interface IChannelFacts
{
    /// <summary>The platform these facts are for (<c>discord</c>).</summary>
    string Platform { get; }

    /// <summary>Whether <paramref name="channel"/> is age-restricted; false when it cannot be found out.</summary>
    Task<bool> IsAgeRestrictedAsync(ChannelAddress channel, CancellationToken cancellationToken);
}
