using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Features.Moderation.Audit;

/// <summary>How an audit entry reads, and <c>/watch audit</c> as typed.</summary>
public sealed class AuditViewsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserRef Ada = new("discord", "111", "Ada");
    private static readonly UserRef Bob = new("discord", "222", "Bob");

    [Fact]
    public void Line_SaysWhenWhoWhatWhomDetailAndReason_InThatOrder()
    {
        var line = AuditViews.Line(new AuditEntry("discord", "G1", At, AuditAction.Ban, Ada, Bob, "7 days", "spoilers"));

        Assert.Equal(
            ViewLine.Of(
                new InstantPart(At, InstantStyle.DateTime),
                new TextPart(" — "),
                new PersonPart(Ada),
                new TextPart(" banned"),
                new TextPart(" "),
                new PersonPart(Bob),
                new TextPart(": "),
                new UserTextPart("7 days"),
                new TextPart(" — reason: "),
                new UserTextPart("spoilers")),
            line);
    }

    [Fact]
    public void Line_ForgetMe_NamesNobody()
    {
        var line = AuditViews.Line(new AuditEntry("slack", "T1", At, AuditAction.ForgetMe, By: null));

        Assert.Empty(line.Parts.OfType<PersonPart>());
        Assert.Contains(new TextPart("Someone"), line.Parts);
    }

    [Fact]
    public void Listed_HasAHeadingThenOneLinePerEntry_EmptySaysSo()
    {
        var entries = new[] { new AuditEntry("discord", "G1", At, AuditAction.Lock, Ada), new AuditEntry("discord", "G1", At, AuditAction.Unlock, Ada) };

        var reply = new AuditListed(entries, 20).ToReply();
        var empty = new AuditListed([], 20).ToReply();

        Assert.Equal(3, reply.Lines.Count);
        Assert.Equal(AuditViews.Line(entries[1]), reply.Lines[2]);
        Assert.Contains("empty", Assert.IsType<TextPart>(Assert.Single(Assert.Single(empty.Lines).Parts)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Posted_IsOneAnnouncement_WithNoMention()
    {
        var view = new AuditPosted(new AuditEntry("discord", "G1", At, AuditAction.Kick, Ada, Bob)).ToChannel();

        var line = Assert.Single(Assert.Single(view.Announcements).Lines);
        Assert.Empty(line.Parts.OfType<MentionPart>());
        Assert.Equal(2, line.Parts.OfType<PersonPart>().Count());
    }

    [Theory]
    [InlineData("/watch audit")]
    [InlineData("/watch AUDIT")]
    public void Parse_Audit_IsTheAuditCommand(string typed)
    {
        var result = CommandParser.Parse(typed);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new AuditCommand(), result.Command);
    }
}
