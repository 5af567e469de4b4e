using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

public sealed class CommandTokenizerTests
{
    [Theory]
    [InlineData("/watch pause", new[] { "/watch", "pause" })]
    [InlineData("  /watch   pause  ", new[] { "/watch", "pause" })]
    [InlineData("/watch start title:\"The Matrix\" in:10s", new[] { "/watch", "start", "title:The Matrix", "in:10s" })]
    [InlineData("/watch start title:“The Matrix”", new[] { "/watch", "start", "title:The Matrix" })]
    [InlineData("/watch start title:”The Matrix”", new[] { "/watch", "start", "title:The Matrix" })]
    [InlineData("/watch start title:“The Matrix\"", new[] { "/watch", "start", "title:The Matrix" })]
    [InlineData("/watch start \"The Matrix\"", new[] { "/watch", "start", "The Matrix" })]
    [InlineData("/watch react note:\"say \\\"hi\\\"\"", new[] { "/watch", "react", "note:say \"hi\"" })]
    [InlineData("/watch react note:\"\"", new[] { "/watch", "react", "note:" })]
    [InlineData("/watch\tstatus\n", new[] { "/watch", "status" })]
    [InlineData("a\"b c\"d", new[] { "ab cd" })]
    [InlineData("", new string[0])]
    public void TryTokenize_SplitsOnSpaceOutsideQuotes(string input, string[] expected)
    {
        Assert.True(CommandTokenizer.TryTokenize(input, out var words, out var error));
        Assert.Null(error);
        Assert.Equal(expected, words);
    }

    [Fact]
    public void TryTokenize_BackslashOutsideQuotes_IsKept()
    {
        Assert.True(CommandTokenizer.TryTokenize(@"note:a\b", out var words, out _));
        Assert.Equal([@"note:a\b"], words);
    }

    [Theory]
    [InlineData("/watch start title:\"The Matrix")]
    [InlineData("/watch start title:“The Matrix")]
    [InlineData("\"")]
    public void TryTokenize_UnterminatedQuote_IsAnError(string input)
    {
        Assert.False(CommandTokenizer.TryTokenize(input, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
