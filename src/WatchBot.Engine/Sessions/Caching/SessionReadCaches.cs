using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;
using WatchBot.Engine.Spaces.Caching;

namespace WatchBot.Engine.Sessions.Caching;

/// <summary>
/// The per-channel reads every command makes before it decides (the live session, the scheduled ones,
/// the active series, the open polls), kept in memory where that is exact: a store that only this
/// process writes (SQLite). Every commit or save through <see cref="CachedSessionStore"/> forgets the
/// channels it wrote; forget-me and retention, which rewrite sessions, series and polls past that port,
/// forget everything (<see cref="ClearingPersonalData"/>). PostgreSQL with several instances registers
/// no cache: another instance's write is seen by the very next command. Values kept are immutable
/// records and immutable lists, so one value can serve every command.
/// </summary>
public sealed class SessionReadCaches : IClearableReads
{
    /// <summary>Per cache: the channels in use at once; beyond that it starts over (a few MB at most).</summary>
    private const int Capacity = 4_096;

    public ChannelReadCache<WatchSession?> Live { get; } = new(Capacity);

    public ChannelReadCache<IReadOnlyList<WatchSession>> Scheduled { get; } = new(Capacity);

    public ChannelReadCache<IReadOnlyList<MovieSeries>> Series { get; } = new(Capacity);

    public ChannelReadCache<IReadOnlyList<MoviePoll>> Polls { get; } = new(Capacity);

    /// <summary>Runs a commit, then forgets every channel it wrote, whether it succeeded or not.</summary>
    public async Task<T> AfterCommitAsync<T>(SessionCommit commit, Func<Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return await write();
        }
        finally
        {
            Forget(commit);
        }
    }

    /// <summary>Forgets <paramref name="channel"/> in every cache, and its reads under way.</summary>
    public void Invalidate(ChannelAddress channel)
    {
        Live.Invalidate(channel);
        Scheduled.Invalidate(channel);
        Series.Invalidate(channel);
        Polls.Invalidate(channel);
    }

    /// <summary>After a write whose channels are not known (forget-me, retention, a save that may move a session).</summary>
    public void ClearAll()
    {
        Live.Clear();
        Scheduled.Clear();
        Series.Clear();
        Polls.Clear();
    }

    private void Forget(SessionCommit commit)
    {
        // A commit writes its session where it was read (rules never move a session), and each change in its own channel.
        Invalidate(commit.Session.Channel);
        foreach (var change in commit.Changes)
        {
            switch (change)
            {
                case SeriesChange series:
                    Invalidate(series.Series.Channel);
                    break;
                case PollChange poll:
                    Invalidate(poll.Poll.Channel);
                    break;
                case RecapKept:
                    // Recaps are not among the reads kept here.
                    break;
                default:
                    // A kind this cache does not know may write what it keeps: stay exact.
                    ClearAll();
                    break;
            }
        }
    }
}
