using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Where movie polls are read. They are written inside session commits (an <see cref="AggregateChange"/>
/// of kind <see cref="PollId.AggregateKind"/>), so a poll and the title its winner gives are saved together.
/// </summary>
public interface IPollStore
{
    Task<MoviePoll?> GetAsync(PollId id, CancellationToken cancellationToken);

    /// <summary>The channel's open polls, oldest first.</summary>
    Task<IReadOnlyList<MoviePoll>> ListOpenAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>The open poll on <paramref name="session"/>, if any (what its closing timer closes).</summary>
    Task<MoviePoll?> FindOpenAsync(SessionId session, CancellationToken cancellationToken);

    /// <summary>
    /// The channel's most recently closed poll, if any (what <c>poll open carry:yes</c> carries over from).
    /// A store without it carries nothing over.
    /// </summary>
    Task<MoviePoll?> LastClosedAsync(ChannelAddress channel, CancellationToken cancellationToken) => Task.FromResult<MoviePoll?>(null);
}
