using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>
/// A booking says what it understood: the local time with its zone's name beside the platform's own
/// timestamp (each viewer's zone), the offset when that local time happens twice, and a note to the booker.
/// </summary>
public sealed class BookingEchoTests
{
    [Fact]
    public void Card_OfABookingReadInAZone_NamesTheLocalTimeAndZoneBesideThePlatformTimestamp()
    {
        var booked = Scheduled(T0 + Hour) with { TimeZone = "Europe/Paris" };

        var headline = SessionCardHeadline(booked);

        Assert.Equal(
            "📅 Alien is scheduled for [F 2026-11-22 21:00:00] ([R 21:00:00]), booked as Sun 22 Nov 22:00 Europe/Paris — say if you're going.",
            PlainText.Of(headline));
        Assert.Contains(headline.Parts, p => p is InstantPart { Style: InstantStyle.DateTime });
    }

    [Fact]
    public void Card_OfATimeThatHappensTwice_AddsItsOffset()
    {
        // 00:30 UTC on Sun 25 Oct 2026 is the first 02:30 in Paris.
        var booked = Scheduled(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)) with { TimeZone = "Europe/Paris" };

        Assert.Contains("booked as Sun 25 Oct 02:30 Europe/Paris (UTC+2)", PlainText.Of(SessionCardHeadline(booked)), StringComparison.Ordinal);
    }

    [Fact]
    public void ABookingWithANote_SaysItInTheChannel_AndAnswersTheBookerWithIt()
    {
        var booked = Scheduled(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero)) with { TimeZone = "America/New_York" };

        var plain = new SessionScheduled(booked, booked.ScheduledFor!.Value, Alice.User);
        var noted = new SessionScheduled(booked, booked.ScheduledFor!.Value, Alice.User) { Note = "1:30am happens twice" };

        Assert.Empty(plain.ToChannel().Announcements);
        Assert.Equal([SessionCardHeadline(booked)], plain.ToReply()!.Lines);
        var said = PlainText.Of(Assert.Single(Assert.Single(noted.ToChannel().Announcements).Lines));
        Assert.Equal("📅 Alien is booked for [F 2026-11-01 05:30:00], Sun 1 Nov 01:30 America/New_York (UTC-4). ℹ 1:30am happens twice", said);
        Assert.Equal(said, PlainText.Of(Assert.Single(noted.ToReply()!.Lines)));
    }

    [Fact]
    public void Schedule_FridayNinePm_InParis_StoresTheZoneAndEchoesIt()
    {
        var paris = new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.FromHours(1));

        var decision = Text.Times.PhraseTableTests.Book("friday 9pm", paris, "Europe/Paris", out _)!;

        var booked = Assert.IsType<SessionScheduled>(decision.ToChannel[0]);
        Assert.Equal("Europe/Paris", booked.Session.TimeZone);
        Assert.Contains("booked as Fri 27 Nov 21:00 Europe/Paris", PlainText.Of(booked.ToReply()!.Lines[0]), StringComparison.Ordinal);
        Assert.Null(booked.Note);
    }

    [Fact]
    public void Schedule_ATimeThatHappensTwice_TakesTheFirstAndSaysSo()
    {
        var newYork = new DateTimeOffset(2026, 10, 29, 20, 0, 0, TimeSpan.FromHours(-4));

        var decision = Text.Times.PhraseTableTests.Book("sun 1:30am", newYork, "America/New_York", out _)!;

        var booked = Assert.IsType<SessionScheduled>(decision.ToChannel[0]);
        Assert.Equal(
            "1:30am happens twice on Sun 1 Nov 2026 in America/New_York (the clocks go back): I took the first, at UTC-4.",
            booked.Note);
        Assert.Contains("(UTC-4). ℹ 1:30am happens twice", PlainText.Of(booked.ToReply()!.Lines[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_ATimeTheClocksSkip_IsRefusedWithACommandThatWorks()
    {
        var paris = new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.FromHours(1));

        var error = Expect.Invalid(Text.Times.PhraseTableTests.Book("sun 2:30am", paris, "Europe/Paris", out _)!);

        Assert.Equal(
            "2:30am does not exist on Sun 29 Mar 2026 in Europe/Paris: the clocks go from 02:00 straight to 03:00. Try sun 1:59am or sun 3am.",
            error.Message);
        Assert.Equal("/watch schedule title:\"Film\" at:\"sun 1:59am\"", error.Example);
    }

    private static ViewLine SessionCardHeadline(WatchSession session) => Core.Features.Sessions.Views.SessionCard.Headline(session);
}
