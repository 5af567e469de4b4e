using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// The recaps kept when sessions end (written with the session's final commit, as a
/// <see cref="Recaps.RecapKept"/> change), read back for <c>/watch recap</c>.
/// </summary>
public interface IRecaps
{
    /// <summary>The recap of the session that ended last in <paramref name="channel"/>, or null when none is kept.</summary>
    Task<KeptRecap?> LastAsync(ChannelAddress channel, CancellationToken cancellationToken);
}
