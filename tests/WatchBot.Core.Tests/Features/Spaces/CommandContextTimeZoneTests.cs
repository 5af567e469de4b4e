using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Tests.Features.Spaces;

/// <summary>Which zone a command's times are read in: the sender's own, else the space's, else the configured default.</summary>
public sealed class CommandContextTimeZoneTests
{
    private static readonly UserRef Alice = new("slack", "UALICE", "alice");

    [Theory]
    [InlineData("America/New_York", "Europe/Paris", "America/New_York")]
    [InlineData(null, "Europe/Paris", "Europe/Paris")]
    [InlineData(null, null, "Asia/Tokyo")]
    [InlineData("America/New_York", null, "America/New_York")]
    public void TimeZone_IsTheSendersOwn_ElseTheSpaces_ElseTheDefault(string? person, string? space, string expected)
    {
        var context = new CommandContext(
            new ChannelAddress("slack", "T1", "C1"),
            new Actor(Alice, IsModerator: false) { TimeZone = person },
            DateTimeOffset.UnixEpoch,
            null,
            [],
            new SessionId("new000000001"),
            new SessionRulesOptions { DefaultTimeZone = "Asia/Tokyo" })
        {
            Space = new SpaceSettings { TimeZone = space },
        };

        Assert.Equal(expected, context.TimeZone);
    }
}
