namespace WatchBot.Core.Sessions;

/// <summary>Who sent a command, with the facts about their standing that the rules need.</summary>
/// <param name="User">The sender.</param>
/// <param name="IsModerator">Answered by the engine's standing service from the platform's facts and the stored moderators.</param>
/// <param name="IsBanned">Answered by the same service (no bans exist yet: always false).</param>
public sealed record Actor(UserRef User, bool IsModerator, bool IsBanned = false);
