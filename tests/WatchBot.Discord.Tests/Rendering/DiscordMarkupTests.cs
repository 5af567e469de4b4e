using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Tests.Rendering;

/// <summary>Each kind of view part, action and view, drawn in Discord's syntax.</summary>
public sealed class DiscordMarkupTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 20, 0, 5, TimeSpan.Zero);

    [Theory]
    [InlineData("press play now", "press play now")]
    [InlineData("a_b *c* ~d~ `e` |f| <g> [h]", "a\\_b \\*c\\* \\~d\\~ \\`e\\` \\|f\\| \\<g> \\[h\\]")]
    [InlineData("mid-line # and > stay", "mid-line # and > stay")]
    [InlineData("1\\2", "1\\\\2")]
    public void TextPart_EscapesOnlyWhatDiscordWouldRead(string words, string drawn)
    {
        Assert.Equal(drawn, DiscordMarkup.Draw(new TextPart(words)));
    }

    [Theory]
    [InlineData("# big", "\\# big")]
    [InlineData("> quoted", "\\> quoted")]
    [InlineData("- listed", "\\- listed")]
    [InlineData("first\n# second", "first\n\\# second")]
    public void TextPart_EscapesBlockMarkersWhereALineBegins(string words, string drawn)
    {
        Assert.Equal(drawn, DiscordMarkup.Draw(ViewLine.Of(new TextPart(words))));
    }

    [Fact]
    public void TextPart_IsDefusedLikeAnyText_ShouldSomeonesWordsEndUpThere()
    {
        Assert.Equal("@\u200Beveryone https\u200B://x", DiscordMarkup.Draw(new TextPart("@every\u200Done https://x")));
    }

    [Fact]
    public void TextPart_BlockMarkerAfterTheLineStart_StaysPlain()
    {
        Assert.Equal("at - 1", DiscordMarkup.Draw(ViewLine.Of(new TextPart("at "), new TextPart("- 1"))));
    }

    [Fact]
    public void TextPart_Styles_AreBoldAndInlineCode()
    {
        Assert.Equal("**GO!**", DiscordMarkup.Draw(new TextPart("GO!", TextStyle.Strong)));
        Assert.Equal("`/watch status`", DiscordMarkup.Draw(new TextPart("/watch status", TextStyle.Code)));
    }

    [Fact]
    public void UserTextPart_IsCleanedEscapedAndDefused()
    {
        var drawn = DiscordMarkup.Draw(new UserTextPart("@everyone \u202E[x](https://evil.example) <@1> *hi*"));

        Assert.Equal("@\u200Beveryone \\[x\\]\\(https\u200B://evil.example\\) \\<@\u200B1\\> \\*hi\\*", drawn);
    }

    [Fact]
    public void UserTextPart_Strong_IsBoldAroundTheEscapedText()
    {
        Assert.Equal("**The \\*Matrix\\***", DiscordMarkup.Draw(new UserTextPart("The *Matrix*", TextStyle.Strong)));
    }

    [Fact]
    public void UserTextPart_Code_KeepsTheCommandReadableAndCannotCloseTheSpan()
    {
        Assert.Equal("`/watch seek to:'x' @\u200Beveryone`", DiscordMarkup.Draw(new UserTextPart("/watch seek to:`x` @everyone", TextStyle.Code)));
    }

    [Fact]
    public void PersonPart_IsTheEscapedDisplayName_NeverAMention()
    {
        var drawn = DiscordMarkup.Draw(new PersonPart(new UserRef("discord", "123456789012345678", "_bob_ @here")));

        Assert.Equal("\\_bob\\_ @\u200Bhere", drawn);
        Assert.DoesNotContain("<@", drawn, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789012345678", drawn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InstantStyle.Time, "T")]
    [InlineData(InstantStyle.DateTime, "F")]
    [InlineData(InstantStyle.Relative, "R")]
    public void InstantPart_IsADiscordTimestampInItsStyle(InstantStyle style, string letter)
    {
        Assert.Equal($"<t:{At.ToUnixTimeSeconds()}:{letter}>", DiscordMarkup.Draw(new InstantPart(At, style)));
    }

    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(62, "0:01:02")]
    [InlineData(4353, "1:12:33")]
    public void PositionPart_IsHoursMinutesSeconds(int seconds, string drawn)
    {
        Assert.Equal(drawn, DiscordMarkup.Draw(new PositionPart(TimeSpan.FromSeconds(seconds))));
    }

    [Theory]
    [InlineData("😂", "😂")]
    [InlineData("<:party:123456789012345678>", "<:party:123456789012345678>")]
    [InlineData("<a:party:123456789012345678>", "<a:party:123456789012345678>")]
    [InlineData("<@123456789012345678>", "\\<@\u200B123456789012345678\\>")]
    [InlineData("<:x:1> <@1>", "\\<:x:1\\> \\<@\u200B1\\>")]
    public void EmojiPart_IsAServerEmojiOnlyWhenItIsExactlyOne(string emoji, string drawn)
    {
        Assert.Equal(drawn, DiscordMarkup.Draw(new EmojiPart(emoji)));
    }

    [Fact]
    public void ALink_OfOurs_IsALinkWithoutEmbed_NothingInItDefused()
    {
        Assert.Equal("<https://watch.example.com/calendar/a_B-9__x_.ics>", DiscordMarkup.Draw(new LinkPart(new Uri("https://watch.example.com/calendar/a_B-9__x_.ics"))));
    }

    [Theory]
    [InlineData(ActionStyle.Primary, 1)]
    [InlineData(ActionStyle.Secondary, 2)]
    [InlineData(ActionStyle.Success, 3)]
    [InlineData(ActionStyle.Danger, 4)]
    public void Action_StyleMapsToDiscordsButtonStyle(ActionStyle style, int discord)
    {
        var json = DiscordMarkup.Button(new ViewAction("watch:ready:1", "Ready", style, "✋")).ToJson();

        Assert.Equal(2, json["type"]!.GetValue<int>());
        Assert.Equal(discord, json["style"]!.GetValue<int>());
        Assert.Equal("watch:ready:1", json["custom_id"]!.GetValue<string>());
        Assert.Equal("Ready", json["label"]!.GetValue<string>());
        Assert.Equal("✋", json["emoji"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Action_WithAServerEmoji_SendsItsIdAndName()
    {
        var json = DiscordMarkup.Button(new ViewAction("watch:react:0:1", null, Emoji: "<a:party:123456789012345678>")).ToJson();

        Assert.Null(json["label"]);
        Assert.Equal("123456789012345678", json["emoji"]!["id"]!.GetValue<string>());
        Assert.Equal("party", json["emoji"]!["name"]!.GetValue<string>());
        Assert.True(json["emoji"]!["animated"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Action_WhoseIdCouldNotBeACustomId_IsRefused(int length)
    {
        Assert.Throws<ArgumentException>(() => DiscordMarkup.Button(new ViewAction(new string('x', length), "Go")));
    }

    [Fact]
    public void Action_OfExactlyAHundredCharacters_IsKept()
    {
        Assert.Equal(100, DiscordMarkup.Button(new ViewAction(new string('x', 100), "Go")).CustomId.Length);
    }

    [Fact]
    public void Rows_KeepAtMostFiveButtonsARow_AndFiveRows_AndDropEmptyRows()
    {
        var seven = Enumerable.Range(0, 7).Select(i => new ViewAction($"a:{i}", $"{i}")).ToList();
        IReadOnlyList<IReadOnlyList<ViewAction>> actions = [seven, [], seven, seven];

        var rows = DiscordMarkup.Rows(actions);

        Assert.Equal([5, 2, 5, 2, 5], rows.Select(r => r.Count));
        Assert.Equal(["a:0", "a:1", "a:2", "a:3", "a:4"], rows[0].Select(b => b.CustomId));
        Assert.Equal(["a:5", "a:6"], rows[1].Select(b => b.CustomId));
    }

    [Fact]
    public void Card_IsItsLinesOnePerLine_WithItsButtons()
    {
        var card = new Card(
            "session:1",
            [ViewLine.Of($"⏳ {new UserTextPart("Alien", TextStyle.Strong)} starts {new InstantPart(At, InstantStyle.Relative)}"), ViewLine.Of(new TextPart("Host bob"))],
            [[new ViewAction("watch:pause:1", "Pause")]]);

        var json = DiscordMarkup.Card(card).ToJson();

        Assert.Equal($"⏳ **Alien** starts <t:{At.ToUnixTimeSeconds()}:R>\nHost bob", json["content"]!.GetValue<string>());
        Assert.Equal("watch:pause:1", json["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>());
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(json["flags"]);
    }

    [Fact]
    public void Card_WithoutActions_RemovesTheButtons()
    {
        var json = DiscordMarkup.Card(new Card("session:1", [ViewLine.Of(new TextPart("■ ended"))], [])).ToJson();

        Assert.Empty(json["components"]!.AsArray());
    }

    [Fact]
    public void Announcement_IsAPlainMessage_WithoutButtons()
    {
        var json = DiscordMarkup.Announcement(new Announcement(ViewLine.Of(new TextPart("GO!", TextStyle.Strong)))).ToJson();

        Assert.Equal("**GO!**", json["content"]!.GetValue<string>());
        Assert.Null(json["components"]);
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void Announcements_AreOneMessage_OneLineEach()
    {
        var message = DiscordMarkup.Announcements([new Announcement(ViewLine.Of(new TextPart("one"))), new Announcement(ViewLine.Of(new TextPart("two")))]);

        Assert.Equal("one\ntwo", message.Content);
    }

    [Fact]
    public void Reply_IsEphemeral()
    {
        var json = DiscordMarkup.Reply(new Reply(ViewLine.Of(new TextPart("Noted.")))).ToJson();

        Assert.Equal("Noted.", json["content"]!.GetValue<string>());
        Assert.Equal(64, json["flags"]!.GetValue<int>());
        Assert.Empty(json["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void LongContent_IsCutWithinDiscordsLimit()
    {
        var json = DiscordMarkup.Announcement(new Announcement(ViewLine.Of(new UserTextPart(new string('x', 3000))))).ToJson();

        Assert.InRange(json["content"]!.GetValue<string>().Length, 1, DiscordText.MaxContentLength);
    }
}
