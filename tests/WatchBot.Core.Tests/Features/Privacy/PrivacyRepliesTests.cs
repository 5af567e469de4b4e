using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Tests.Views;

namespace WatchBot.Core.Tests.Features.Privacy;

public sealed class PrivacyRepliesTests
{
    private static readonly PersonalData Some = PersonalData.None with { SessionsHosted = 1, SessionsJoined = 3, Reactions = 5, Notes = 2, RemindersOff = true };

    [Fact]
    public void Shown_ListsWhatIsStored_BanAndAudit()
    {
        var text = PlainText.Of(new MyDataShown(Some, Banned: false, AuditEntries: 1).ToReply().Lines);

        Assert.Contains("your name as host of 1 session", text, StringComparison.Ordinal);
        Assert.Contains("your place in 3 sessions you joined", text, StringComparison.Ordinal);
        Assert.Contains("5 reactions (2 with notes)", text, StringComparison.Ordinal);
        Assert.Contains("reminders off", text, StringComparison.Ordinal);
        Assert.Contains("no ban on you", text, StringComparison.Ordinal);
        Assert.Contains("1 audit log entry naming you", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RSVP", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_Nothing_SaysSo()
    {
        var text = PlainText.Of(new MyDataShown(PersonalData.None, Banned: true, AuditEntries: 0).ToReply().Lines);

        Assert.Contains("nothing about you", text, StringComparison.Ordinal);
        Assert.Contains("a ban on you is in force", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_SaysWhatWouldGo_WhatStays_AndHowToConfirm()
    {
        var text = PlainText.Of(new ForgetMeAsked(Some).ToReply().Lines);

        Assert.Contains("would delete", text, StringComparison.Ordinal);
        Assert.Contains("5 reactions", text, StringComparison.Ordinal);
        Assert.Contains("Nothing has been deleted yet", text, StringComparison.Ordinal);
        Assert.Contains("/watch forget-me confirm:yes", text, StringComparison.Ordinal);
        Assert.Contains("\"someone\"", text, StringComparison.Ordinal);
        Assert.Contains("titles you nominated (put forward by \"someone\")", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_CountsRecapsNominationsAndVotes()
    {
        var text = PlainText.Of(new ForgetMeAsked(PersonalData.None with { Recaps = 2, Nominations = 1, Votes = 3 }).ToReply().Lines);

        Assert.Contains("• 2 kept recaps that name you (each goes whole)", text, StringComparison.Ordinal);
        Assert.Contains("• your name on 1 movie poll nomination (the titles stay", text, StringComparison.Ordinal);
        Assert.Contains("• 3 movie poll votes (in an open poll it goes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_CountsRecapsNominationsAndVotes()
    {
        var text = PlainText.Of(new MyDataShown(PersonalData.None with { Recaps = 1, Nominations = 2, Votes = 1 }, Banned: false, AuditEntries: 0).ToReply().Lines);

        Assert.Contains("• 1 kept recap that name you", text, StringComparison.Ordinal);
        Assert.Contains("• your name on 2 movie poll nominations", text, StringComparison.Ordinal);
        Assert.Contains("• 1 movie poll vote ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing about you", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_ListsModerationRecords_AndThatABanInForceStays()
    {
        var text = PlainText.Of(new ForgetMeAsked(PersonalData.None with { KickedFrom = 1, AuditEntries = 2, BansPlaced = 3 }).ToReply().Lines);

        Assert.Contains("your name on 1 session you were removed from", text, StringComparison.Ordinal);
        Assert.Contains("your name in 2 audit log entries (it becomes \"someone\")", text, StringComparison.Ordinal);
        Assert.Contains("placed 3 bans", text, StringComparison.Ordinal);
        Assert.Contains("a ban on you if one is in force", text, StringComparison.Ordinal);
        Assert.Contains("can't be escaped", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_OnlyAuditEntries_SaysNothingElse_AndCountsThemOnce()
    {
        var text = PlainText.Of(new MyDataShown(PersonalData.None with { AuditEntries = 2 }, Banned: true, AuditEntries: 2).ToReply().Lines);

        Assert.Contains("nothing about you in sessions", text, StringComparison.Ordinal);
        Assert.Contains("forget-me keeps it until it ends", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("audit log entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Asked_WithNothingStored_DoesNotAskToConfirm()
    {
        var text = PlainText.Of(new ForgetMeAsked(PersonalData.None).ToReply().Lines);

        Assert.Contains("stores nothing about you", text, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm:yes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Done_SaysWhatWentAndThatTheLogDoesNotNameThem()
    {
        var text = PlainText.Of(new ForgetMeDone(Some).ToReply().Lines);

        Assert.StartsWith("Done.", text, StringComparison.Ordinal);
        Assert.Contains("5 reactions", text, StringComparison.Ordinal);
        Assert.Contains("without saying who", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Done_WithNothing_SaysNothingToDelete()
    {
        Assert.StartsWith("Nothing to delete", PlainText.Of(new ForgetMeDone(PersonalData.None).ToReply().Lines), StringComparison.Ordinal);
    }
}
