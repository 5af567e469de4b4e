namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a store: nobody turned reminders off, and turning them off is refused.</summary>
public sealed class NoReminderOptOuts : IReminderOptOuts
{
    public Task<IReadOnlySet<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public Task<bool> SetAsync(string platform, string spaceId, string userId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This host keeps no reminder preferences.");
}
