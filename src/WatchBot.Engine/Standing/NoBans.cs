using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Standing;

/// <summary>No bans exist yet: nobody is banned.</summary>
public sealed class NoBans : IBans
{
    public Task<bool> IsBannedAsync(ChannelAddress channel, UserKey user, CancellationToken cancellationToken) => Task.FromResult(false);
}
