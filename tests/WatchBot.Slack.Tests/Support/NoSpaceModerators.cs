using WatchBot.Engine.Ports;

namespace WatchBot.Slack.Tests.Support;

/// <summary>No stored moderators: only <c>Slack:Moderators</c> count.</summary>
internal sealed class NoSpaceModerators : ISpaceModerators
{
    public Task<bool> IsModeratorAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
