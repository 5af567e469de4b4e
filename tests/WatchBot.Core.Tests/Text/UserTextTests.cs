using WatchBot.Core.Text;

namespace WatchBot.Core.Tests.Text;

public sealed class UserTextTests
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467"; // 👨‍👩‍👧
    private const string ThumbsUpMediumSkin = "\U0001F44D\U0001F3FD"; // 👍🏽
    private const string RainbowFlag = "\U0001F3F3\uFE0F\u200D\U0001F308"; // 🏳️‍🌈

    [Theory]
    [InlineData("The Matrix", "The Matrix")]
    [InlineData("The\nMatrix", "The Matrix")]
    [InlineData("The\r\nMatrix", "The Matrix")]
    [InlineData("The\tMatrix", "The Matrix")]
    [InlineData("  The    Matrix  ", "The Matrix")]
    [InlineData("The\u0007 Matrix\u0000", "The Matrix")]
    [InlineData("\u202Eevil.exe", "evil.exe")]
    [InlineData("a\u202Db\u2066c\u2069", "abc")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("@\u200Deveryone", "@everyone")]
    [InlineData("\u200D\U0001F602\u200D", "\U0001F602")]
    [InlineData("\U0001F602 \u200D\U0001F602", "\U0001F602 \U0001F602")]
    [InlineData("\u3164\u115F", "")]
    [InlineData("h\u2066t\u2069tps://x", "https://x")]
    [InlineData("\uFEFFbom", "bom")]
    [InlineData("Amélie — Ünïcödé", "Amélie — Ünïcödé")]
    [InlineData("\n\t ", "")]
    [InlineData("", "")]
    public void Clean_RemovesControlAndFormatCharactersAndFoldsSpace(string typed, string expected)
    {
        Assert.Equal(expected, UserText.Clean(typed));
    }

    [Theory]
    [InlineData(Family)]
    [InlineData(ThumbsUpMediumSkin)]
    [InlineData(RainbowFlag)]
    [InlineData("\U0001F602")]
    [InlineData("\u2764\uFE0F")]
    public void Clean_KeepsEmojiWholeWithJoinersModifiersAndSelectors(string emoji)
    {
        Assert.Equal(emoji, UserText.Clean(emoji));
        Assert.Equal("what " + emoji + " a film", UserText.Clean("what\n" + emoji + "\u202E a film"));
    }

    [Fact]
    public void Clean_ReplacesALoneSurrogate_SoTheResultCanAlwaysBeSent()
    {
        Assert.Equal("a\uFFFDb", UserText.Clean("a\uD83Db"));
    }

    [Theory]
    [InlineData("The Matrix", 10)]
    [InlineData(Family, 1)]
    [InlineData(ThumbsUpMediumSkin, 1)]
    [InlineData(RainbowFlag, 1)]
    [InlineData("e\u0301", 1)]
    [InlineData("\U0001F602\U0001F602", 2)]
    [InlineData("", 0)]
    public void VisibleLength_CountsWhatPeopleSee(string text, int length)
    {
        Assert.Equal(length, UserText.VisibleLength(text));
    }

    [Theory]
    [InlineData("bob", "bob")]
    [InlineData("  bo\u202Eb\n ", "bob")]
    [InlineData("\u200B\u200B", "U123")]
    [InlineData(null, "U123")]
    public void DisplayName_IsCleaned_OrTheIdWhenNothingVisibleIsLeft(string? name, string expected)
    {
        Assert.Equal(expected, UserText.DisplayName(name, "U123"));
    }

    [Fact]
    public void DisplayName_IsCutToItsLimitInVisibleCharacters_NeverInsideAnEmoji()
    {
        var name = string.Concat(Enumerable.Repeat("👨‍👩‍👧", UserText.MaxNameLength + 5));

        var kept = UserText.DisplayName(name, "U123");

        Assert.Equal(UserText.MaxNameLength, UserText.VisibleLength(kept));
        Assert.Equal(string.Concat(Enumerable.Repeat("👨‍👩‍👧", UserText.MaxNameLength)), kept);
    }

    [Theory]
    [InlineData("Booked night 12")]
    [InlineData("a")]
    [InlineData("!\"#$%&'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~")]
    public void Clean_PrintableAsciiWithSingleSpaces_IsTheSameString(string typed) =>
        Assert.Same(typed, UserText.Clean(typed));

    [Theory]
    [InlineData(" a", "a")]
    [InlineData("a ", "a")]
    [InlineData("a  b", "a b")]
    [InlineData("a\u007Fb", "ab")]
    [InlineData(" ", "")]
    public void Clean_AsciiThatNeedsWork_IsStillCleaned(string typed, string expected) =>
        Assert.Equal(expected, UserText.Clean(typed));

    [Fact]
    public void Clean_RandomAscii_FoldsAndDropsAsItAlwaysDid()
    {
        var random = new Random(13);
        const string Alphabet = "ab Z~ \t\n\u0001\u007F";
        for (var i = 0; i < 5000; i++)
        {
            var typed = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

            // Reference: white space becomes a space, other controls go, spaces fold, ends are trimmed.
            var kept = new string([.. typed.Where(c => char.IsWhiteSpace(c) || !char.IsControl(c)).Select(c => char.IsWhiteSpace(c) ? ' ' : c)]);
            var expected = string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(expected, UserText.Clean(typed));
        }
    }
}
