using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.ReadyChecks;

/// <summary>
/// Where a ready check stands: how many are ready, how many it needs, and who it still waits for (the
/// people known to the session who are not ready). Kicked people count for nothing.
/// </summary>
public sealed record ReadyTally(int Ready, int Needed, IReadOnlyList<UserRef> WaitingFor)
{
    /// <summary>Enough are ready: the start may go.</summary>
    public bool Reached => Ready >= Needed;

    public static ReadyTally Of(WatchSession session, ReadyCheck check)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(check);
        var kicked = session.Kicked;
        var ready = session.ReadyUserIds.Where(k => !kicked.Contains(k)).ToHashSet();
        var going = session.Rsvps
            .Where(r => r.Answer == RsvpAnswer.Going && !kicked.Contains(r.User.Key))
            .Select(r => r.User)
            .ToList();

        if (check.Count is not { } count)
        {
            // ready:all: everyone going, and only they count.
            var notYet = going.Where(u => !ready.Contains(u.Key)).ToList();
            return new ReadyTally(going.Count - notYet.Count, going.Count, notYet);
        }

        // A number: anyone counts; we wait for whoever the session knows and is not ready yet.
        var waiting = going.Concat(session.Participants)
            .Where(u => !kicked.Contains(u.Key) && !ready.Contains(u.Key))
            .DistinctBy(u => u.Key)
            .ToList();
        return new ReadyTally(ready.Count, count, waiting);
    }
}
