using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary><c>/watch rename</c>: the one notice added end to end after the views, the kit and the slices.</summary>
public sealed class RenameRulesTests
{
    [Fact]
    public void Rename_TheLiveSession_ByItsHost_SaysSoAndRedrawsTheCard()
    {
        var decision = Decide("/watch rename title:\"Heat (director's cut)\"", Alice, Playing(Minute));

        Assert.Equal("Heat (director's cut)", decision.Next!.Title);
        var renamed = Assert.IsType<SessionRenamed>(Assert.Single(decision.ToChannel));
        var view = renamed.ToChannel();
        var line = Assert.Single(Assert.Single(view.Announcements).Lines);
        Assert.Contains(new PersonPart(Alice.User), line.Parts);
        Assert.Contains(new UserTextPart("Heat (director's cut)", TextStyle.Strong), line.Parts);
        Assert.Contains(line.Parts, p => p is UserTextPart { Value: var from } && from == renamed.From);
        Assert.Contains(view.Card!.Lines[0].Parts, p => p is UserTextPart { Value: "Heat (director's cut)" });
        Assert.Null(view.Ahead);
    }

    [Fact]
    public void Rename_WithNothingLive_RenamesTheNextBooking_AndRearrangesItsGoWithTheNewTitle()
    {
        var booked = Scheduled(T0 + Hour);

        var decision = Decide("/watch rename Aliens", Alice, upcoming: [booked]);

        Assert.Equal(booked.Id, decision.Next!.Id);
        Assert.Equal(booked.ScheduledFor, decision.Next.ScheduledFor);
        var ahead = decision.ToChannel.Single().ToChannel().Ahead!;
        Assert.Equal(T0 + Hour, ahead.At);
        Assert.Contains(ahead.Announcement.Lines[0].Parts, p => p is UserTextPart { Value: "Aliens" });
    }

    [Fact]
    public void Rename_ByAMemberWhoMayNotDrive_IsRefusedToThemAlone()
    {
        var decision = Decide("/watch rename title:Mine", Bob, Playing(Minute));

        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
        Assert.IsType<Refused>(decision.Reply);
    }

    [Fact]
    public void Rename_ByAModerator_IsAccepted()
    {
        Assert.Equal("Theirs", Decide("/watch rename title:Theirs", Carol, Playing(Minute)).Next!.Title);
    }

    [Theory]
    [InlineData("/watch rename title:\"\u200B\"")]
    [InlineData("/watch rename title:\"   \"")]
    public void Rename_ToNothingVisible_SaysWhatToType(string typed)
    {
        var decision = Decide(typed, Alice, Playing(Minute));

        Assert.Null(decision.Next);
        var invalid = Assert.IsType<InvalidInput>(decision.Reply);
        Assert.StartsWith("/watch rename title:", invalid.Error.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void Rename_WithoutATitle_IsAParseErrorWithAnExample()
    {
        var result = WatchBot.Core.Grammar.CommandParser.Parse("/watch rename");

        Assert.False(result.IsSuccess);
        Assert.Contains("rename", result.Error!.Example, StringComparison.Ordinal);
    }

    [Fact]
    public void Rename_WithNoSessionHere_IsRefused()
    {
        var decision = Decide("/watch rename title:Heat", Alice);

        Assert.Null(decision.Next);
        Assert.IsType<Refused>(decision.Reply);
    }
}
