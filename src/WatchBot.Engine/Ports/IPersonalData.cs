using WatchBot.Core.Features.Privacy;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Everything stored about one person in one space, read and deleted in one place (<c>/watch
/// my-data</c>, <c>/watch forget-me</c>), and the retention of ended sessions.
/// </summary>
public interface IPersonalData
{
    /// <summary>What is stored about <paramref name="userId"/> (an id on <paramref name="platform"/>) in the space.</summary>
    Task<PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes it in one transaction, leaving <see cref="PersonalData.Someone"/> where a record needs a
    /// person. Refused (nothing changed) while they are in a live session of the space: the coordinator
    /// owns that session until it ends.
    /// </summary>
    Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken);

    /// <summary>
    /// Retention: removes the people from every session that ended before <paramref name="endedBefore"/>
    /// (participants, readiness, RSVPs, reactions and notes, the host's name), keeping only counts.
    /// Returns how many sessions were cleared.
    /// </summary>
    Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IPersonalData.ForgetAsync"/> did: what it deleted, or the live session's channel that stopped it.</summary>
public sealed record ForgetResult(PersonalData Forgotten, string? LiveChannelId)
{
    public static ForgetResult Blocked(string channelId) => new(PersonalData.None, channelId);
}
