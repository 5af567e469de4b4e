using System.Collections.Concurrent;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Sessions;

/// <summary>
/// One gate per channel: load, decide, save and announce happen for one command at a time in a
/// channel, so two people pressing pause at once cannot interleave. Channels never wait for each other.
/// </summary>
/// <remarks>Gates are kept for the life of the process: one small object per channel ever used.</remarks>
internal sealed class ChannelLocks
{
    private readonly ConcurrentDictionary<ChannelAddress, SemaphoreSlim> _gates = new();

    public async Task<IDisposable> AcquireAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(channel, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
