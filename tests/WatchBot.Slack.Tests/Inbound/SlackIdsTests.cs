namespace WatchBot.Slack.Tests.Inbound;

/// <summary>Slack ids: the documented prefix letter of their kind, then uppercase letters and digits.</summary>
public sealed class SlackIdsTests
{
    [Theory]
    [InlineData("T9TK3CUKW", true)]
    [InlineData("E00000000", true)]
    [InlineData("T0TEAM", true)]
    [InlineData("C9TK3CUKW", false)]
    [InlineData("t9tk3cukw", false)]
    [InlineData("T", false)]
    [InlineData("T1/../x", false)]
    [InlineData("T0TEAM\n", false)]
    [InlineData(null, false)]
    public void Teams(string? id, bool valid) => Assert.Equal(valid, SlackIds.IsTeam(id));

    [Theory]
    [InlineData("CBR2V3XEX", true)]
    [InlineData("G8PSS9T3V", true)]
    [InlineData("D012AB3CD", true)]
    [InlineData("C0MOVIES\u202e", false)]
    [InlineData("U2CERLKJA", false)]
    [InlineData("C\u0000", false)]
    public void Channels(string id, bool valid) => Assert.Equal(valid, SlackIds.IsChannel(id));

    [Theory]
    [InlineData("U2CERLKJA", true)]
    [InlineData("W012A3CDE", true)]
    [InlineData("UA8RXUSPL", true)]
    [InlineData("B00000000", false)]
    [InlineData("ualice", false)]
    [InlineData("U１２３", false)]
    public void Users(string id, bool valid) => Assert.Equal(valid, SlackIds.IsUser(id));
}
