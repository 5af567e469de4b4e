using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Sessions;

public sealed class WatchSessionTests
{
    [Fact]
    public void WithParticipant_AddsANewcomerOnceInOrderOfArrival()
    {
        var session = Playing(Minute);

        var withBob = session.WithParticipant(Bob.User).WithParticipant(Carol.User).WithParticipant(Bob.User);

        Assert.Equal([Alice.User, Bob.User, Carol.User], withBob.Participants);
    }

    [Fact]
    public void WithParticipant_KnownById_ReturnsTheSameSession()
    {
        var session = Playing(Minute);

        Assert.Same(session, session.WithParticipant(new UserRef(Alice.User.Key, "alice (renamed)")));
    }

    [Fact]
    public void PositionAt_IsTheClocksPosition()
    {
        var session = Playing(Minute);

        Assert.Equal(2 * Minute, session.PositionAt(T0 + Minute));
    }

    [Fact]
    public void NewSession_DefaultsToHostAndModeratorsControl()
    {
        var session = new WatchSession
        {
            Id = NewId,
            Channel = Channel,
            Title = "Alien",
            Host = Alice.User,
            Phase = SessionPhase.Scheduled,
            Clock = MediaClock.Stopped(T0, runtime: null),
            CreatedAt = T0,
        };

        Assert.Equal(ControlPolicy.HostAndModerators, session.Policy);
    }

    [Theory]
    [InlineData(SessionPhase.Scheduled, false)]
    [InlineData(SessionPhase.CountingDown, true)]
    [InlineData(SessionPhase.Playing, true)]
    [InlineData(SessionPhase.Paused, true)]
    [InlineData(SessionPhase.Ended, false)]
    public void IsLive_OnlyCountdownPlayingAndPausedOccupyTheChannel(SessionPhase phase, bool live)
    {
        Assert.Equal(live, phase.IsLive());
    }

    [Fact]
    public void SessionId_New_IsTwelveHexCharacters()
    {
        var id = SessionId.New();

        Assert.Matches("^[0-9a-f]{12}$", id.Value);
        Assert.Equal(id.Value, id.ToString());
        Assert.NotEqual(id, SessionId.New());
    }

    [Fact]
    public void ChannelAddress_ToString_NamesPlatformSpaceAndChannel()
    {
        Assert.Equal("test/guild-1/channel-1", Channel.ToString());
    }
}
