using WatchBot.Core.Features.Spaces;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Spaces.Caching;

/// <summary>
/// The reads every command makes about its space (stored moderators, bans, settings), kept in memory
/// where that is exact: a store that only this process writes (SQLite). Each cached port clears its
/// own cache after its writes; forget-me, which deletes moderator rows past those ports, clears them
/// all (<see cref="ClearingPersonalData"/>). PostgreSQL with several instances registers no cache:
/// another instance's write is seen by the very next command.
/// </summary>
public sealed class SpaceReadCaches : IClearableReads
{
    /// <summary>Per cache: a few thousand members of a few spaces; beyond that it starts over.</summary>
    private const int Capacity = 20_000;

    public ExactReadCache<(string Platform, string Space, string User), bool> Moderators { get; } = new(Capacity);

    public ExactReadCache<(string Platform, string Space, string User), BanRecord?> Bans { get; } = new(Capacity);

    public ExactReadCache<(string Platform, string Space), SpaceSettings> Settings { get; } = new(Capacity);

    /// <summary>After a write none of the ports saw (forget-me deleting a person's rows).</summary>
    public void ClearAll()
    {
        Moderators.Clear();
        Bans.Clear();
        Settings.Clear();
    }
}
