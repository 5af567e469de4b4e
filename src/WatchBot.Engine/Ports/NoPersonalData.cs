using WatchBot.Core.Features.Privacy;

namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a store: nothing is stored, so there is nothing to show or delete.</summary>
public sealed class NoPersonalData : IPersonalData
{
    public Task<PersonalData> DescribeAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(PersonalData.None);

    public Task<ForgetResult> ForgetAsync(string platform, string spaceId, string userId, string displayName, CancellationToken cancellationToken) =>
        Task.FromResult(new ForgetResult(PersonalData.None, null));

    public Task<int> ForgetEndedSessionsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) => Task.FromResult(0);
}
