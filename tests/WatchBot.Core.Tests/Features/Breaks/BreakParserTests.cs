using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Features.Breaks;

public class BreakParserTests
{
    [Theory]
    [InlineData("/watch break", false)]
    [InlineData("/watch break approve", true)]
    [InlineData("/watch break do:approve", true)]
    [InlineData("break APPROVE", true)]
    public void Break_AsksOrApproves(string typed, bool approve)
    {
        var command = Assert.IsType<BreakCommand>(Given.Parsed(typed));
        Assert.Equal(approve, command.Approve);
    }

    [Fact]
    public void Break_OnDiscord_TakesTheVerbAsAnOption()
    {
        var parsed = CommandParser.FromOptions("break", new Dictionary<string, string> { ["do"] = "approve" });
        Assert.True(Assert.IsType<BreakCommand>(parsed.Command).Approve);
    }

    [Fact]
    public void Break_WithAnotherWord_SaysWhatItTakes()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch break now"));
        Assert.Contains("approve", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/watch need a break")]
    [InlineData("need a break")]
    public void NeedABreak_AnswersWithTheRightCommand(string typed)
    {
        var error = Expect.ParseFailure(CommandParser.Parse(typed));
        Assert.Equal("/watch break", error.Example);
        Assert.StartsWith("I don't know \"need\". Did you mean /watch break?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("break-auto:3", 3)]
    [InlineData("break-auto:third", null)]
    public void Settings_BreakAuto_ReadsANumberOrAThird(string option, int? people)
    {
        var command = Assert.IsType<SettingsCommand>(Given.Parsed("/watch settings " + option));
        Assert.Equal(new AutoBreak(people), command.AutoBreak!.Value);
        Assert.False(command.ShowsOnly);
    }

    [Fact]
    public void Settings_BreakAutoOff_TurnsItOff_AndNonsenseIsRefused()
    {
        Assert.Null(Assert.IsType<SettingsCommand>(Given.Parsed("/watch settings break-auto:off")).AutoBreak!.Value);
        var error = Expect.ParseFailure(CommandParser.Parse("/watch settings break-auto:lots"));
        Assert.Equal("/watch settings break-auto:3", error.Example);
    }

    [Theory]
    [InlineData("/watch settings breaks:auto")]
    [InlineData("/watch settings breaks:auto3")]
    [InlineData("/watch settings breaks:\"auto 3\"")]
    public void Settings_BreaksAuto_PointsToBreakAuto(string typed)
    {
        // breaks: is who may ask; someone who reads "breaks:auto" as the automatic pause is shown the setting that does it.
        var error = Expect.ParseFailure(CommandParser.Parse(typed));
        Assert.Equal("/watch settings break-auto:3", error.Example);
        Assert.Contains("break-auto:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_BreaksWithAnotherWord_StillListsWhoMayAsk()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch settings breaks:sometimes"));
        Assert.Equal("/watch settings breaks:host", error.Example);
    }
}
