using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Views;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>
/// What a session posts as new messages, and the GO's life as one keyed announcement: arranged ahead
/// by a booking, sent when it comes, withdrawn when the booking will not start on time.
/// </summary>
public sealed class SessionAnnouncementsTests
{
    [Fact]
    public void Go_IsKeyedBySession_AndSaysPressPlayNow()
    {
        var view = new PlaybackStarted(Playing(TimeSpan.Zero), TimeSpan.Zero).ToChannel();

        var go = Assert.Single(view.Announcements);
        Assert.Equal("go:live00000001", go.Key);
        Assert.Null(go.BatchKey);
        Assert.Equal("▶ GO! The Matrix is playing from 0:00:00 — press play now.", PlainText.Of(go.Lines));
        Assert.Contains(new TextPart("GO!", TextStyle.Strong), go.Lines[0].Parts);
        Assert.Equal(SessionCard.Of(Playing(TimeSpan.Zero)), view.Card);
    }

    [Fact]
    public void ABooking_ArrangesItsGoAheadForItsInstant_UnderTheSameKey()
    {
        var booked = Scheduled(T0 + Hour);

        var view = new SessionScheduled(booked, T0 + Hour, Alice.User).ToChannel();

        Assert.Empty(view.Announcements);
        Assert.NotNull(view.Card);
        var ahead = Assert.IsType<AnnouncementAhead>(view.Ahead);
        Assert.Equal(T0 + Hour, ahead.At);
        Assert.Equal(SessionAnnouncements.GoKey(booked.Id), ahead.Announcement.Key);
        Assert.Equal(SessionAnnouncements.Go(booked, TimeSpan.Zero), ahead.Announcement);
    }

    public static TheoryData<string> NotStartingOnTime => ["late start", "ended", "missed", "blocked", "waiting"];

    [Theory]
    [MemberData(nameof(NotStartingOnTime))]
    public void WhatKeepsABookingFromItsOnTimeGo_WithdrawsIt(string outcome)
    {
        var booked = Scheduled(T0);
        var other = Playing(Minute);
        Notice notice = outcome switch
        {
            "late start" => new LateStart(Playing(3 * Minute) with { Id = booked.Id }, 3 * Minute, 3 * Minute),
            "ended" => new SessionEnded(booked with { Phase = SessionPhase.Ended }, Recap.Of(booked, T0), Alice.User),
            "missed" => new SessionMissed(booked, T0 - Hour),
            "blocked" => new ScheduledStartBlocked(booked, other),
            _ => new ScheduledStartWaiting(booked with { WaitingSince = T0 }, other, T0 + Hour),
        };

        Assert.Equal(["go:next00000001"], notice.ToChannel().Withdraw);
    }

    [Fact]
    public void ALateStart_IsKeyedAsTheSessionsStart_ButNeverAsTheGoArrangedAhead()
    {
        var booked = Scheduled(T0);

        var view = new LateStart(Playing(3 * Minute) with { Id = booked.Id }, 3 * Minute, 3 * Minute).ToChannel();

        // A start like a GO for a platform that sends starts its own way (Discord's follow-ups: "go:")…
        var late = Assert.Single(view.Announcements);
        Assert.Equal("go:next00000001:late", late.Key);
        Assert.Equal(SessionAnnouncements.LateStartKey(booked.Id), late.Key);
        Assert.StartsWith("go:", late.Key, StringComparison.Ordinal);
        Assert.Null(late.BatchKey);

        // …that does not claim the arranged GO (a copy already out would swallow it): it withdraws it.
        Assert.NotEqual(SessionAnnouncements.GoKey(booked.Id), late.Key);
        Assert.Equal([SessionAnnouncements.GoKey(booked.Id)], view.Withdraw);
        Assert.Null(view.Ahead);
    }

    [Fact]
    public void AGoOrACountdown_WithdrawsNothing()
    {
        Assert.Empty(new PlaybackStarted(Playing(TimeSpan.Zero), TimeSpan.Zero).ToChannel().Withdraw);
        Assert.Empty(new CountdownStarted(CountingDown(T0 + Minute), T0 + Minute, TimeSpan.Zero, Alice.User, false).ToChannel().Withdraw);
    }

    [Fact]
    public void AReaction_IsABatchedLine_ItsNoteUserText()
    {
        var reaction = new Reaction(1, "😂", "<@everyone> look", TimeSpan.FromSeconds(4353), Bob.User, T0);

        var view = new ReactionAdded(Playing(Minute), reaction).ToChannel();

        var line = Assert.Single(view.Announcements);
        Assert.Equal(SessionAnnouncements.ReactionBatch, line.BatchKey);
        Assert.Null(view.Card);
        Assert.Equal("😂 at 1:12:33 — bob: <@everyone> look", PlainText.Of(line.Lines));
        Assert.Equal([new EmojiPart("😂"), new TextPart(" at "), new PositionPart(reaction.Position), new TextPart(" — "), new PersonPart(Bob.User), new TextPart(": "), new UserTextPart("<@everyone> look")], line.Lines[0].Parts);
    }

    [Fact]
    public void Pause_AnnouncesWhoAndWhere_AndTheCardShowsPaused()
    {
        var view = new PlaybackPaused(Paused(Minute), Minute, Carol.User).ToChannel();

        Assert.Equal("⏸ Paused at 0:01:00 by carol.", PlainText.Of(Assert.Single(view.Announcements).Lines));
        Assert.Equal("⏸ The Matrix is paused at 0:01:00.", PlainText.Of(view.Card!.Lines[0]));
    }

    [Theory]
    [InlineData(null, "⏩ carol moved The Matrix to 2:00:00 (was 0:01:00).")]
    [InlineData(3 * 3600, "⏩ carol moved The Matrix to 2:00:00 (was 0:01:00) — 3:00:00 is past the end.")]
    [InlineData(-60, "⏩ carol moved The Matrix to 2:00:00 (was 0:01:00) — that was before the start.")]
    public void Seek_SaysWhenThePositionWasClamped(int? requestedSeconds, string expected)
    {
        var notice = new PlaybackSeeked(Playing(2 * Hour), Minute, 2 * Hour, Carol.User)
        {
            Requested = requestedSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        };

        Assert.Equal(expected, PlainText.Of(Assert.Single(notice.ToChannel().Announcements).Lines));
    }

    [Fact]
    public void LateStart_Missed_Waiting_Blocked_SayWhatHappened()
    {
        var booked = Scheduled(T0);
        var heat = Playing(Minute) with { Title = "Heat" };

        Assert.Equal("▶ Alien started 3m ago — now at 0:03:00.", Announced(new LateStart(booked with { Phase = SessionPhase.Playing }, 3 * Minute, 3 * Minute)));
        Assert.Equal("✖ Alien was due at [F 2026-11-22 19:00:00] while I was offline, too long ago to join; marked missed.", Announced(new SessionMissed(booked, T0 - Hour)));
        Assert.Equal(
            "⏳ Alien is due, but Heat is still running here: it starts when the channel is free, or is given up at [F 2026-11-22 21:00:00].",
            Announced(new ScheduledStartWaiting(booked with { WaitingSince = T0 }, heat, T0 + Hour)));
        Assert.Equal("✖ Alien could not start: Heat is still running here.", Announced(new ScheduledStartBlocked(booked, heat)));
    }

    [Fact]
    public void ACountdownOrAReady_ChangesOnlyTheCard()
    {
        var counting = CountingDown(T0 + Minute);

        var countdown = new CountdownStarted(counting, T0 + Minute, TimeSpan.Zero, Alice.User, false).ToChannel();
        var ready = new ReadyMarked(counting with { ReadyUserIds = [Bob.User.Key] }, Bob.User, 1).ToChannel();

        Assert.Equal((0, true), (countdown.Announcements.Count, countdown.Card is not null));
        Assert.Equal((0, true), (ready.Announcements.Count, ready.Card is not null));
        Assert.Contains("1 ready", PlainText.Of(ready.Card!.Lines[1]), StringComparison.Ordinal);
    }

    private static string Announced(Notice notice) => PlainText.Of(Assert.Single(notice.ToChannel().Announcements).Lines);
}
