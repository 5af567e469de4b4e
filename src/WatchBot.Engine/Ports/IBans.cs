using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Who may not use WatchBot in a space. The port exists so standing is answered in one place when
/// moderation arrives; until then <see cref="Standing.NoBans"/> says nobody is banned.
/// </summary>
public interface IBans
{
    Task<bool> IsBannedAsync(ChannelAddress channel, UserKey user, CancellationToken cancellationToken);
}
