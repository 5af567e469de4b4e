using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a poll store: there are none.</summary>
public sealed class NoPolls : IPollStore
{
    public Task<MoviePoll?> GetAsync(PollId id, CancellationToken cancellationToken) => Task.FromResult<MoviePoll?>(null);

    public Task<IReadOnlyList<MoviePoll>> ListOpenAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MoviePoll>>([]);

    public Task<MoviePoll?> FindOpenAsync(SessionId session, CancellationToken cancellationToken) => Task.FromResult<MoviePoll?>(null);
}
