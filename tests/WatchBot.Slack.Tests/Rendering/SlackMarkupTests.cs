using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Slack.Rendering;
using WatchBot.Testing;

namespace WatchBot.Slack.Tests.Rendering;

public sealed class SlackMarkupTests
{
    private static readonly DateTimeOffset Start = TestTime.Start.AddMinutes(2);

    [Fact]
    public void UserText_IsEscaped_AndPeopleNeverMentioned()
    {
        var person = new UserRef("slack", "U123", "<@U999> <!here>");
        var line = ViewLine.Of($"⏸ {"<!channel> Heat"} paused by {person}");

        var text = SlackMarkup.Draw(line);

        Assert.Equal("⏸ &lt;!channel&gt; Heat paused by &lt;@U999&gt; &lt;!here&gt;", text);
        Assert.DoesNotContain("<@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OurWords_KeepSlacksControlCharactersInert()
    {
        Assert.Equal("Try: `/watch start title:&lt;title&gt;` &amp; enjoy", SlackMarkup.Draw(ViewLine.Of(
            new TextPart("Try: "), new TextPart("/watch start title:<title>", TextStyle.Code), new TextPart(" & enjoy"))));
    }

    [Fact]
    public void ALink_OfOurs_IsALinkWhole_WithSlacksCharactersEscaped()
    {
        Assert.Equal("Feed: <https://watch.example.com/x/calendar/a_B-9.ics?a=1&amp;b=%7C>", SlackMarkup.Draw(ViewLine.Of(
            new TextPart("Feed: "), new LinkPart(new Uri("https://watch.example.com/x/calendar/a_B-9.ics?a=1&b=|")))));
    }

    [Theory]
    [InlineData(InstantStyle.Time, "{time_secs}")]
    [InlineData(InstantStyle.DateTime, "{date_short_pretty} at {time}")]
    [InlineData(InstantStyle.Relative, "{ago}")]
    public void Instants_AreDateTokensEachReaderSeesInTheirZone(InstantStyle style, string tokens)
    {
        var text = SlackMarkup.Draw(ViewLine.Of(new InstantPart(Start, style)));

        Assert.Equal($"<!date^{Start.ToUnixTimeSeconds()}^{tokens}|2026-11-22 20:02:00 UTC>", text);
    }

    [Fact]
    public void Titles_ReadInQuotes_PositionsAsClockTime_CodeUserTextCannotCloseItsSpan()
    {
        var line = ViewLine.Of(
            new UserTextPart("Alien", TextStyle.Strong), new TextPart(" at "), new PositionPart(TimeSpan.FromSeconds(3723)),
            new TextPart(" "), new UserTextPart("a`b", TextStyle.Code), new TextPart(" "), new TextPart("GO!", TextStyle.Strong));

        Assert.Equal("“Alien” at 1:02:03 `a'b` *GO!*", SlackMarkup.Draw(line));
    }

    [Fact]
    public void Card_IsHeadlineSectionFactsContextAndButtonsSlackCanRead()
    {
        var card = new Card(
            "session:s1",
            [ViewLine.Of($"⏳ {"Alien"} starts at {Start:T}"), ViewLine.Of(new TextPart("Host alice · 0 ready"))],
            [
                [new ViewAction("watch:ready:s1", "Ready", ActionStyle.Success, "✋"), new ViewAction("watch:pause:s1", "Pause", ActionStyle.Secondary, "⏸")],
                [new ViewAction("watch:react:4:s1", null, ActionStyle.Secondary, "🔥"), new ViewAction("other:thing", "Not ours")],
            ]);

        var message = SlackMarkup.Card(card);
        var blocks = message.Blocks!;

        Assert.Contains($"<!date^{Start.ToUnixTimeSeconds()}^", message.Text, StringComparison.Ordinal);
        Assert.Equal(["section", "context", "actions", "actions"], blocks.Select(b => (string)b!["type"]!));
        var controls = blocks[2]!["elements"]!.AsArray();
        Assert.Equal(["watch:ready:s1", "watch:pause:s1"], controls.Select(b => (string)b!["action_id"]!));
        Assert.Equal(["s1", "s1"], controls.Select(b => (string)b!["value"]!));
        Assert.Equal("✋ Ready", (string)controls[0]!["text"]!["text"]!);
        Assert.Equal("primary", (string)controls[0]!["style"]!);
        Assert.Null(controls[1]!["style"]);
        var react = Assert.Single(blocks[3]!["elements"]!.AsArray());
        Assert.Equal(("watch:react:4:s1", "s1"), ((string)react!["action_id"]!, (string)react["value"]!));
    }

    [Fact]
    public void Card_WithoutActions_HasNoButtons()
    {
        var message = SlackMarkup.Card(new Card("session:s1", [ViewLine.Of(new TextPart("■ ended"))], []));

        Assert.DoesNotContain(message.Blocks!, b => (string)b!["type"]! == "actions");
    }

    [Fact]
    public void Announcement_IsItsLinesAsText()
    {
        var message = SlackMarkup.Announcement(new Announcement([ViewLine.Of(new TextPart("▶ "), new TextPart("GO!", TextStyle.Strong)), ViewLine.Of(new TextPart("second"))]));

        Assert.Equal("▶ *GO!*\nsecond", message.Text);
        Assert.Null(message.Blocks);
    }
}
