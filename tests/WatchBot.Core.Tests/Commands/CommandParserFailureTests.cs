using System.Text;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

/// <summary>Bad input: a one-line explanation and an example of what to type, which itself works.</summary>
public sealed class CommandParserFailureTests
{
    [Theory]
    [InlineData("/watch play", "play")]
    [InlineData("/watch dance title:x", "dance")]
    [InlineData("/watch", "sub-command")]
    [InlineData("", "sub-command")]
    [InlineData("   ", "sub-command")]
    [InlineData("/watch pause loudly:yes", "loudly")]
    [InlineData("/watch start colour:red", "colour")]
    [InlineData("/watch start title:a title:b", "twice")]
    [InlineData("/watch start title:a TITLE:b", "twice")]
    [InlineData("/watch seek", "to:")]
    [InlineData("/watch react", "emoji:")]
    [InlineData("/watch react note:\"no emoji\"", "emoji:")]
    [InlineData("/watch schedule title:Alien", "at:")]
    [InlineData("/watch start in:abc", "abc")]
    [InlineData("/watch start in:", "duration")]
    [InlineData("/watch start runtime:30m1h", "30m1h")]
    [InlineData("/watch resume in:soon", "soon")]
    [InlineData("/watch start control:anyone", "anyone")]
    [InlineData("/watch seek to:1:75:00", "1:75:00")]
    [InlineData("/watch seek to:abc", "abc")]
    [InlineData("/watch seek to:+", "+")]
    [InlineData("/watch seek to:1:00 2:00", "2:00")]
    [InlineData("/watch pause now", "now")]
    [InlineData("/watch start title:\"The Matrix", "quote")]
    [InlineData("/watch react emoji:😂 note:“that face", "quote")]
    [InlineData("/watch schedule title:Alien at:2026-12-01T25:00:00", "2026-12-01T25:00:00")]
    [InlineData("/watch schedule title:Alien at:25:00", "25:00")]
    [InlineData("/watch schedule title:Alien at:\"friday 9\"", "9pm")]
    [InlineData("/watch schedule title:Alien at:tomorrow", "tomorrow")]
    [InlineData("/watch schedule title:Alien at:2026-13-01T20:00:00Z", "2026-13-01")]
    [InlineData("/watch schedule title:Alien at:\"in two hours\"", "in two hours")]
    public void Parse_BadInput_ExplainsAndGivesAWorkingExample(string typed, string mentioned)
    {
        var error = Expect.ParseFailure(CommandParser.Parse(typed));

        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_UnknownSubCommand_ListsTheOnesThatExist()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch play"));

        foreach (var spec in CommandCatalog.All)
        {
            Assert.Contains(spec.Name, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_UnknownOption_SaysWhichOptionsTheSubCommandTakes()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch seek position:1:00"));

        Assert.Contains("to:", error.Message, StringComparison.Ordinal);
        Assert.Equal(CommandCatalog.Find("seek")!.Example, error.Example);
    }

    [Fact]
    public void Parse_ErrorAboutASubCommand_ShowsThatSubCommandsExample()
    {
        var error = Expect.ParseFailure(CommandParser.Parse("/watch react note:hi"));

        Assert.Equal(CommandCatalog.Find("react")!.Example, error.Example);
    }

    [Fact]
    public void Parse_LongBadInput_IsShortenedInTheMessage()
    {
        var word = new string('x', 500);

        var error = Expect.ParseFailure(CommandParser.Parse("/watch " + word));

        Assert.DoesNotContain(word, error.Message, StringComparison.Ordinal);
        Assert.Contains("…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongBadInputOfEmoji_IsShortenedWithoutBreakingAnEmojiInHalf()
    {
        var word = string.Concat(Enumerable.Repeat("😂", 25));

        var error = Expect.ParseFailure(CommandParser.Parse("/watch " + word));

        // A lone surrogate cannot be encoded: platforms would refuse to send the reply at all.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var exception = Record.Exception(() => strict.GetBytes(error.Message));
        Assert.Null(exception);
    }

    [Fact]
    public void FromOptions_UnknownSubCommand_IsAFailure()
    {
        Expect.ParseFailure(CommandParser.FromOptions("dance", new Dictionary<string, string>()));
    }

    [Fact]
    public void FromOptions_OptionOfAnotherSubCommand_IsAFailure()
    {
        var error = Expect.ParseFailure(CommandParser.FromOptions("pause", new Dictionary<string, string> { ["to"] = "1:00" }));

        Assert.Contains("no options", error.Message, StringComparison.Ordinal);
    }
}
