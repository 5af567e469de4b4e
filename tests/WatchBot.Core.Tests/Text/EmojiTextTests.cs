using WatchBot.Core.Text;

namespace WatchBot.Core.Tests.Text;

public sealed class EmojiTextTests
{
    /// <summary>The reaction buttons on the Discord and Slack cards.</summary>
    private static readonly string[] CardEmoji = ["😂", "😮", "😢", "❤️", "🔥", "👏"];

    [Theory]
    [InlineData("😂")]
    [InlineData("🔥")]
    [InlineData("\u2764")] // text-default, typed without the selector
    [InlineData("\u2764\uFE0F")]
    [InlineData("\U0001F44D\U0001F3FD")] // skin tone
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467")] // family: a ZWJ sequence
    [InlineData("\U0001F9D1\U0001F3FB\u200D\u2764\uFE0F\u200D\U0001F48B\u200D\U0001F9D1\U0001F3FC")] // kiss, two tones: the longest shape
    [InlineData("\U0001F3F3\uFE0F\u200D\U0001F308")] // rainbow flag
    [InlineData("\U0001F3F4\u200D\u2620\uFE0F")] // pirate flag
    [InlineData("🇫🇷")] // two regional indicators
    [InlineData("#\uFE0F\u20E3")] // keycap
    [InlineData("1\u20E3")] // keycap without the selector
    [InlineData("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F")] // Scotland: a tag sequence
    [InlineData("🫠")] // Unicode 14: the table reserves whole blocks
    [InlineData("  🍿  ")]
    public void TryRead_OneUnicodeEmoji_IsKeptAsTyped(string typed)
    {
        Assert.True(EmojiText.TryRead(typed, allowDiscordCustom: false, out var emoji));
        Assert.Equal(typed.Trim(), emoji);
    }

    [Theory]
    [InlineData(":joy:", "😂")]
    [InlineData(":fire:", "🔥")]
    [InlineData(":+1:", "👍")]
    [InlineData(":JOY:", "😂")]
    [InlineData(":+1::skin-tone-4:", "\U0001F44D\U0001F3FD")] // Slack's spelling of a toned emoji
    [InlineData(":wave::skin-tone-1:", "👋")]
    [InlineData(":x:", "❌")]
    public void TryRead_AKnownShortcode_IsTheEmojiItNames(string typed, string expected)
    {
        Assert.True(EmojiText.TryRead(typed, allowDiscordCustom: false, out var emoji));
        Assert.Equal(expected, emoji);
    }

    [Theory]
    [InlineData("lol")]
    [InlineData("x")]
    [InlineData("wow")]
    [InlineData("😂😂")]
    [InlineData("🔥 🔥")]
    [InlineData("so funny")]
    [InlineData("1")] // a digit is an emoji only as a keycap
    [InlineData("#")]
    [InlineData("😂a")]
    [InlineData("a😂")]
    [InlineData("😂\u0301")] // a combining accent on an emoji
    [InlineData("\u200D😂")]
    [InlineData("😂\u200D")]
    [InlineData("😂\u202E")] // a bidi override hiding behind an emoji
    [InlineData("\U0001F3F4\U000E0068\U000E0069\U000E0020\U000E006D\U000E006F\U000E006D\U000E007F")] // a black flag carrying "hi mom" in invisible tag letters
    [InlineData("🇫")] // half a flag
    [InlineData("🇫🇷🇩")]
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466\u200D\U0001F466")] // five joined: more than one emoji's worth
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(":lol:")] // not a known shortcode
    [InlineData("::")]
    [InlineData(":joy")]
    [InlineData(":joy::skin-tone-9:")]
    [InlineData(":joy::joy:")]
    [InlineData("<:party:123456789012345678>")] // custom emoji, where they mean nothing
    public void TryRead_AnythingButOneEmoji_IsRefused(string typed)
    {
        Assert.False(EmojiText.TryRead(typed, allowDiscordCustom: false, out _));
    }

    [Theory]
    [InlineData("<:party:123456789012345678>")]
    [InlineData("<a:dance_2:987654321098765432>")]
    public void TryRead_ADiscordCustomEmoji_IsKeptWhereTheyExist(string typed)
    {
        Assert.True(EmojiText.TryRead(typed, allowDiscordCustom: true, out var emoji));
        Assert.Equal(typed, emoji);
    }

    [Theory]
    [InlineData("<:x:123>")] // name too short
    [InlineData("<:party:12a>")]
    [InlineData("<:party:>")]
    [InlineData("<b:party:123>")]
    [InlineData("<:pa rty:123>")]
    [InlineData("<@123456789012345678>")] // a mention is not an emoji
    [InlineData("<:party:123")]
    public void TryRead_MalformedCustomEmoji_IsRefused(string typed)
    {
        Assert.False(EmojiText.TryRead(typed, allowDiscordCustom: true, out _));
    }

    [Fact]
    public void TryRead_ALoneSurrogate_IsRefused()
    {
        Assert.False(EmojiText.TryRead("\uD83D", allowDiscordCustom: true, out _));
        Assert.False(EmojiText.TryRead("\uDE02\uD83D", allowDiscordCustom: true, out _));
    }

    [Fact]
    public void EveryShortcode_NamesOneUnicodeEmoji()
    {
        Assert.All(EmojiShortcodes.ByName, pair => Assert.True(EmojiText.IsUnicodeEmoji(pair.Value), $":{pair.Key}: → {pair.Value}"));
    }

    [Fact]
    public void TheCardsEmoji_AreEmoji_AndEachHasAShortcode()
    {
        Assert.All(CardEmoji, e => Assert.True(EmojiText.TryRead(e, false, out _), e));
        Assert.All(CardEmoji, e => Assert.Contains(e, EmojiShortcodes.ByName.Values));
    }
}
