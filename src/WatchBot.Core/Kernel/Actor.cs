
namespace WatchBot.Core.Kernel;

/// <summary>Who sent a command, with the facts about their standing that the rules need.</summary>
/// <param name="User">The sender.</param>
/// <param name="IsModerator">Answered by the engine's standing service from the platform's facts and the stored moderators.</param>
/// <param name="IsBanned">Answered by the same service: banned in this space now (<c>/watch ban</c>).</param>
public sealed record Actor(UserRef User, bool IsModerator, bool IsBanned = false)
{
    /// <summary>
    /// The sender's own IANA time zone, where the platform tells it (Slack with <c>users:read</c>):
    /// times they type are read in it rather than the space's. Null: the space's zone.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Above moderators: a Discord Administrator, or a person listed in config. Only they may kick or
    /// ban a moderator.
    /// </summary>
    public bool IsAdministrator { get; init; }

    /// <summary>When <see cref="IsBanned"/>: when the ban ends; null when it lasts until someone unbans them.</summary>
    public DateTimeOffset? BannedUntil { get; init; }
}
