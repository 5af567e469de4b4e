using WatchBot.Discord.Rendering;

namespace WatchBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("@everyone party", "@everyone")]
    [InlineData("hi @here", "@here")]
    [InlineData("<@123456789012345678>", "<@1")]
    [InlineData("<@&123456789012345678>", "<@&")]
    [InlineData("<#123456789012345678>", "<#")]
    public void Mentions_CannotForm(string text, string mustNotContain) =>
        Assert.DoesNotContain(mustNotContain, DiscordText.Escape(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("watch https://evil.example/x now")]
    [InlineData("see http://evil.example")]
    public void BareUrls_AreBroken(string text)
    {
        var escaped = DiscordText.Escape(text);

        Assert.DoesNotContain("://", escaped.Replace("\u200B://", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\u200B://", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskedLink_IsEscaped()
    {
        var escaped = DiscordText.Escape("[free nitro](https://evil.example)");

        Assert.StartsWith("\\[free nitro\\]\\(", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**bold**", "\\*\\*bold\\*\\*")]
    [InlineData("||spoiler||", "\\|\\|spoiler\\|\\|")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("# Big", "\\# Big")]
    [InlineData("Plain title 2", "Plain title 2")]
    public void Markdown_IsEscaped(string text, string expected) =>
        Assert.Equal(expected, DiscordText.Escape(text));

    [Fact]
    public void Fit_CutsTo2000WithoutSplittingAnEmoji()
    {
        var text = new string('a', 1998) + "😂😂😂";

        var fitted = DiscordText.Fit(text);

        Assert.True(fitted.Length <= 2000);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(fitted[^2]));
    }

    [Fact]
    public void Fit_CuttingInsideATimestamp_DropsTheHalfTimestamp_ButKeepsEscapedText()
    {
        var fitted = DiscordText.Fit(new string('a', 1990) + " \\< <t:1795000000:T> and more");
        var whole = DiscordText.Fit(new string('a', 1970) + " \\< <t:1795000000:T> " + new string('b', 100));

        Assert.Equal(new string('a', 1990) + " \\< …", fitted);
        Assert.Contains("<t:1795000000:T>", whole, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_CuttingInsideAnExample_ClosesItsCodeSpan()
    {
        var fitted = DiscordText.Fit("Sorry — too long. Try: `" + new string('x', 3000) + "`");

        Assert.True(fitted.Length <= 2000);
        Assert.EndsWith("x`…", fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamp_IsUnixSecondsWithStyle() =>
        Assert.Equal("<t:1795464000:R>", DiscordText.Timestamp(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero), 'R'));
}
