namespace WatchBot.Engine.Ports;

/// <summary>
/// Moderators a platform cannot tell us itself (on Slack, knowing workspace admins needs extra
/// scopes we do not ask for): people added by an existing moderator, per workspace or guild.
/// </summary>
public interface ISpaceModerators
{
    Task<bool> IsModeratorAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="userId"/>; adding someone already there changes nothing.</summary>
    Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken);

    Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken);
}
