using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Features.Privacy;

public sealed class PrivacyCommandsTests
{
    [Theory]
    [InlineData("/watch forget-me", false)]
    [InlineData("/watch forget-me confirm:yes", true)]
    [InlineData("/watch forget-me yes", true)]
    [InlineData("/watch forget-me confirm:YES", true)]
    public void ForgetMe_DeletesOnlyWithYes(string typed, bool confirmed)
    {
        var parsed = CommandParser.Parse(typed);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        Assert.Equal(new ForgetMeCommand(confirmed), parsed.Command);
    }

    [Fact]
    public void ForgetMe_WithAnotherWord_SaysWhatToType()
    {
        var parsed = CommandParser.Parse("/watch forget-me confirm:maybe");

        Assert.False(parsed.IsSuccess);
        Assert.Contains("yes", parsed.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("/watch forget-me confirm:yes", parsed.Error.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void MyData_TakesNothing()
    {
        Assert.Equal(new MyDataCommand(), CommandParser.Parse("/watch my-data").Command);
    }
}
