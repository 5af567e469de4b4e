using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Tests.Rendering;

/// <summary>A <see cref="MentionPart"/> is Slack's user mention for a Slack user id, the escaped name otherwise; a person is never one.</summary>
public sealed class SlackMentionMarkupTests
{
    [Fact]
    public void AMention_IsSlacksUserMention_OnlyForASlackUserId()
    {
        var line = ViewLine.Of(
            new MentionPart(new UserRef("slack", "U0BOB", "bob")),
            new TextPart(" "),
            new MentionPart(new UserRef("slack", "!channel", "<!channel>")),
            new TextPart(" "),
            new PersonPart(new UserRef("slack", "U0CAROL", "carol")));

        Assert.Equal("<@U0BOB> &lt;!channel&gt; carol", SlackMarkup.Draw(line));
    }
}
