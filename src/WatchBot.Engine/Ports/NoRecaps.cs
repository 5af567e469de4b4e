using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a recap store: none is kept, so <c>/watch recap</c> says there is none yet.</summary>
public sealed class NoRecaps : IRecaps
{
    public Task<KeptRecap?> LastAsync(ChannelAddress channel, CancellationToken cancellationToken) => Task.FromResult<KeptRecap?>(null);
}
