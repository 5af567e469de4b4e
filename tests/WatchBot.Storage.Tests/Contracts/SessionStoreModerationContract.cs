using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The moderation members of a session (schema version 15): kicked people, the lock, reactions per person.</summary>
public abstract class SessionStoreModerationContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task Save_ThenReopen_RoundTripsKickedLockedAndReactionsPerPerson()
    {
        var session = Samples.EveryFieldSet();
        await Storage.OpenSessions().SaveAsync(session, CancellationToken.None);

        var loaded = await Storage.OpenSessions().GetAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.True(loaded!.Locked);
        Assert.True(loaded.Kicked.SetEquals([Samples.Bob.Key, new UserKey("discord", "U-gone")]));
        Assert.Equal(session.Reactions.CountBy.Count, loaded.Reactions.CountBy.Count);
        Assert.True(loaded.Reactions.CountBy.Count > 0);
        Assert.Equal(session.Reactions.VisibleCount(session.Kicked), loaded.Reactions.VisibleCount(loaded.Kicked));
    }
}
