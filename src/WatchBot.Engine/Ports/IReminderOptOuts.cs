namespace WatchBot.Engine.Ports;

/// <summary>
/// Who turned reminders off for themselves (<c>/watch reminders off</c>), per platform and space
/// (Discord server, Slack workspace): a reminder never mentions them.
/// </summary>
public interface IReminderOptOuts
{
    /// <summary>The platform ids of the people in the space who turned reminders off.</summary>
    Task<IReadOnlySet<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken);

    /// <summary>Turns reminders off (<paramref name="optedOut"/>) or back on for one person; returns whether that changed anything.</summary>
    Task<bool> SetAsync(string platform, string spaceId, string userId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken);
}
