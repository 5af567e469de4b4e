using WatchBot.Core.Sessions;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Views;

/// <summary>An interpolated view line: literals are our words, holes become parts by their type.</summary>
public sealed class ViewLineBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 20, 0, 10, TimeSpan.Zero);

    [Fact]
    public void Holes_BecomePartsByTheirType()
    {
        var bob = new UserRef("test", "u-bob", "bob");
        var position = TimeSpan.FromSeconds(62);
        var emoji = new EmojiPart("😂");

        var line = ViewLine.Of($"{emoji} by {bob} at {position}, {3} times: {"a <b> title"}");

        Assert.Equal(
            [emoji, new TextPart(" by "), new PersonPart(bob), new TextPart(" at "), new PositionPart(position), new TextPart(", "), new TextPart("3"), new TextPart(" times: "), new UserTextPart("a <b> title")],
            line.Parts);
    }

    [Fact]
    public void AStringHole_IsUserText_NeverOurWords()
    {
        var typed = "@everyone";

        var line = ViewLine.Of($"Sorry — {typed}");

        Assert.Equal(new UserTextPart("@everyone"), line.Parts[1]);
        Assert.DoesNotContain(line.Parts, p => p is TextPart { Value: "@everyone" });
    }

    [Theory]
    [InlineData("T", InstantStyle.Time)]
    [InlineData("F", InstantStyle.DateTime)]
    [InlineData("R", InstantStyle.Relative)]
    public void AnInstant_TakesItsStyleFromTheFormat(string format, InstantStyle style)
    {
        var line = format switch
        {
            "T" => ViewLine.Of($"at {At:T}"),
            "F" => ViewLine.Of($"at {At:F}"),
            _ => ViewLine.Of($"at {At:R}"),
        };

        Assert.Equal(new InstantPart(At, style), line.Parts[1]);
    }

    [Fact]
    public void AnInstantWithAnUnknownStyle_IsRefused()
    {
        // Without a format it does not compile; a format that is not a style fails at once.
        var error = Assert.Throws<ArgumentException>(() => ViewLine.Of($"at {At:yyyy}"));

        Assert.Contains("T, F or R", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyAndNullText_AddNoPart_AndALineHoleIsSpliced()
    {
        string? none = null;
        var inner = ViewLine.Of($"in {TimeSpan.FromSeconds(5)}");

        var line = ViewLine.Of($"{none}{""}go {inner}");

        Assert.Equal([new TextPart("go "), new TextPart("in "), new PositionPart(TimeSpan.FromSeconds(5))], line.Parts);
    }

    [Fact]
    public void Lines_CompareByWhatTheySay()
    {
        Assert.Equal(ViewLine.Of($"at {TimeSpan.Zero}"), ViewLine.Of($"at {TimeSpan.Zero}"));
        Assert.NotEqual(ViewLine.Of($"at {TimeSpan.Zero}"), ViewLine.Of($"at {TimeSpan.FromSeconds(1)}"));
    }
}
