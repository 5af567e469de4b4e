namespace WatchBot.Core.Sessions;

/// <summary>Who sent a command, with the one fact about their standing that the rules need.</summary>
/// <param name="User">The sender.</param>
/// <param name="IsModerator">Decided by the platform adapter (roles, permissions, configured lists).</param>
public sealed record Actor(UserRef User, bool IsModerator);
