using WatchBot.Core.Commands;
using WatchBot.Core.Notices;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Notices;

/// <summary>Refusals, bad input and help: sender-only, with what to type as code.</summary>
public sealed class CommandRepliesTests
{
    [Fact]
    public void InvalidInput_GivesTheExampleAsCodeUserText()
    {
        var reply = new InvalidInput(new CommandError("to: takes a position.", "/watch seek to:1:02:03")).ToReply();

        Assert.Equal("Sorry — to: takes a position. Try: /watch seek to:1:02:03", PlainText.Of(reply.Lines));
        Assert.Contains(new UserTextPart("/watch seek to:1:02:03", TextStyle.Code), reply.Lines[0].Parts);
        Assert.Contains(new UserTextPart("to: takes a position."), reply.Lines[0].Parts);
    }

    [Fact]
    public void Refused_WithAndWithoutASuggestion()
    {
        Assert.Equal("Sorry — Only the host can pause.", PlainText.Of(new Refused("Only the host can pause.", null).ToReply().Lines));
        Assert.Equal(
            "Sorry — No session here. Try: /watch start",
            PlainText.Of(new Refused("No session here.", "/watch start").ToReply().Lines));
    }

    [Fact]
    public void Help_IsAHeadingThenOneLinePerCommand()
    {
        var reply = new HelpText(["/watch start", "/watch pause"]).ToReply();

        Assert.Equal("/watch commands:\n• /watch start\n• /watch pause", PlainText.Of(reply.Lines));
        Assert.True(new HelpText(["/watch start"]).ToChannel().IsEmpty);
    }
}
