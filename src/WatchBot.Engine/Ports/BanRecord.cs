namespace WatchBot.Engine.Ports;

/// <summary>One stored ban.</summary>
/// <param name="Platform">The space's platform.</param>
/// <param name="SpaceId">The space (guild, workspace, <c>local</c>).</param>
/// <param name="UserId">Who is banned, as the platform's id.</param>
/// <param name="Until">When it ends; null until someone unbans them.</param>
/// <param name="Reason">The reason the moderator gave, cleaned and capped; null when none.</param>
/// <param name="ById">Who banned them.</param>
/// <param name="CreatedAt">When.</param>
public sealed record BanRecord(
    string Platform, string SpaceId, string UserId, DateTimeOffset? Until, string? Reason, string ById, DateTimeOffset CreatedAt);
