using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Polls;

/// <summary>A poll store whose first read of a channel's open polls goes through <paramref name="gate"/>.</summary>
internal sealed class GatedPollStore(IPollStore inner, ReadGate gate) : IPollStore
{
    public Task<IReadOnlyList<MoviePoll>> ListOpenAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        gate.ReadAsync(() => inner.ListOpenAsync(channel, cancellationToken));

    public Task<MoviePoll?> GetAsync(PollId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<MoviePoll?> FindOpenAsync(SessionId session, CancellationToken cancellationToken) => inner.FindOpenAsync(session, cancellationToken);

    public Task<MoviePoll?> LastClosedAsync(ChannelAddress channel, CancellationToken cancellationToken) => inner.LastClosedAsync(channel, cancellationToken);
}
