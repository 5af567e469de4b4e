using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Tests.Moderation;

/// <summary>Stored moderators in a set; <see cref="Fail"/> makes every call throw, like a locked database.</summary>
internal sealed class InMemorySpaceModerators : ISpaceModerators
{
    private readonly HashSet<(string Platform, string Space, string User)> _stored = [];

    public bool Fail { get; set; }

    public Task<bool> IsModeratorAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Check() && _stored.Contains((platform, spaceId, userId)));

    public Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken)
    {
        Check();
        _stored.Add((platform, spaceId, userId));
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        Check();
        _stored.Remove((platform, spaceId, userId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Check()
            ? [.. _stored.Where(s => s.Platform == platform && s.Space == spaceId).Select(s => s.User).Order(StringComparer.Ordinal)]
            : []);

    private bool Check() => Fail ? throw new InvalidOperationException("database is locked") : true;
}
