using Microsoft.Extensions.Options;
using WatchBot.Discord.Interactions;
using WatchBot.Discord.Rest;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Interactions;

/// <summary>Each interaction id acts once while a replay is possible, and is forgotten after.</summary>
public sealed class InteractionReplayGuardTests
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private readonly InteractionReplayGuard _guard;

    public InteractionReplayGuardTests() =>
        _guard = new InteractionReplayGuard(Options.Create(new DiscordOptions { RequestTolerance = TimeSpan.FromMinutes(5) }), _time);

    [Fact]
    public void AnId_IsFirstOnce_ForAsLongAsASignatureCanBeReplayed()
    {
        Assert.True(_guard.FirstTime(new Snowflake(1)));
        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        Assert.False(_guard.FirstTime(new Snowflake(1)));
        Assert.True(_guard.FirstTime(new Snowflake(2)));
    }

    [Fact]
    public void ExpiredIds_AreForgotten_SoMemoryStaysBounded()
    {
        for (ulong id = 1; id <= 1000; id++)
        {
            _guard.FirstTime(new Snowflake(id));
        }

        _time.Advance(TimeSpan.FromMinutes(10));
        _guard.FirstTime(new Snowflake(5000));

        Assert.Equal(1, _guard.Count);
    }
}
