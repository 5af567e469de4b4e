using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Features.Moderation.Views;

/// <summary>Ban answers: private, exact times as instant parts, ids and reasons as user text, never a mention.</summary>
public sealed class BanRepliesTests
{
    private static readonly DateTimeOffset Until = new(2026, 11, 29, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void YouAreBanned_SaysUntilWhen_AsAnExactInstant_AndNothingToTheChannel()
    {
        var notice = new YouAreBanned(Until);

        var reply = notice.ToReply();

        Assert.StartsWith("You can't use WatchBot here until ", PlainText.Of(reply.Lines), StringComparison.Ordinal);
        Assert.Contains(new InstantPart(Until, InstantStyle.DateTime), reply.Lines[0].Parts);
        Assert.True(notice.ToChannel().IsEmpty);
        Assert.Equal("You can't use WatchBot here until a moderator lifts your ban.", PlainText.Of(new YouAreBanned(null).ToReply().Lines));
    }

    [Fact]
    public void Banned_NamesTheIdAsCode_AndTheReasonAsUserText()
    {
        var reply = new BanChanged("U1", Banned: true, AlreadySo: false, Until, "<@here> spoilers").ToReply();

        var parts = reply.Lines.SelectMany(l => l.Parts).ToList();
        Assert.Contains(new UserTextPart("U1", TextStyle.Code), parts);
        Assert.Contains(new UserTextPart("<@here> spoilers", TextStyle.Plain), parts);
        Assert.Contains(new InstantPart(Until, InstantStyle.DateTime), parts);
        Assert.DoesNotContain(parts, p => p is PersonPart);
    }

    [Theory]
    [InlineData(false, false, "U1 may use WatchBot here again.")]
    [InlineData(false, true, "Nothing to do: U1 is not banned here.")]
    public void Unbanned_SaysWhatHappened(bool banned, bool alreadySo, string expected) =>
        Assert.Equal(expected, PlainText.Of(new BanChanged("U1", banned, alreadySo, null, null).ToReply().Lines));

    [Fact]
    public void BannedUntilUnbanned_SaysHowItEnds() =>
        Assert.Equal(
            "U1 can't use WatchBot here until a moderator lifts it with /watch unban.",
            PlainText.Of(new BanChanged("U1", true, false, null, null).ToReply().Lines));
}
