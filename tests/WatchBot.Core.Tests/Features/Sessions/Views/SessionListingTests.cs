using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.Views;

/// <summary>Every notice that changes a booking carries its listing, built from the session as it stands.</summary>
public sealed class SessionListingTests
{
    private static readonly DateTimeOffset At = T0 + (2 * Hour);

    [Fact]
    public void Booked_IsScheduled_FromItsStartForItsRuntime()
    {
        var booked = Scheduled(At, runtime: 117 * Minute) with { Revision = 3 };

        var listing = new SessionScheduled(booked, At, Alice.User).ToChannel().Listing;

        Assert.Equal(new Listing("session:" + booked.Id.Value, booked.Title, At, At + (117 * Minute), ListingStatus.Scheduled, 3), listing);
    }

    [Fact]
    public void UnknownRuntime_EndsTwoHoursLater() =>
        Assert.Equal(At + (2 * Hour), new SessionScheduled(Scheduled(At), At, Alice.User).ToChannel().Listing!.End);

    [Fact]
    public void Renamed_CarriesTheNewTitle()
    {
        var renamed = Scheduled(At) with { Title = "Aliens", Revision = 1 };

        var listing = new SessionRenamed(renamed, "Alien", Alice.User).ToChannel().Listing!;

        Assert.Equal(("Aliens", ListingStatus.Scheduled, 1), (listing.Title, listing.Status, listing.Revision));
    }

    [Fact]
    public void CountdownAndGo_AreActive_AResumeChangesNothing()
    {
        var counting = Scheduled(At) with { Phase = SessionPhase.CountingDown, CountdownTarget = At };

        Assert.Equal(ListingStatus.Active, new CountdownStarted(counting, At, TimeSpan.Zero, null, false).ToChannel().Listing!.Status);
        Assert.Equal(ListingStatus.Active, new PlaybackStarted(counting with { Phase = SessionPhase.Playing }, TimeSpan.Zero).ToChannel().Listing!.Status);
        Assert.Null(new CountdownStarted(counting, At, Minute, Alice.User, IsResume: true).ToChannel().Listing);
    }

    [Theory]
    [InlineData(EndReason.EndedByUser, ListingStatus.Completed)]
    [InlineData(EndReason.ReachedEnd, ListingStatus.Completed)]
    [InlineData(EndReason.Missed, ListingStatus.Cancelled)]
    [InlineData(EndReason.ChannelBusy, ListingStatus.Cancelled)]
    [InlineData(EndReason.Cancelled, ListingStatus.Cancelled)]
    public void Ended_IsCompletedOnlyWhenItRan(EndReason reason, ListingStatus expected)
    {
        var ended = Scheduled(At) with { Phase = SessionPhase.Ended, EndReason = reason, EndedAt = At + Hour };

        Assert.Equal(expected, new SessionEnded(ended, Recap.Of(ended, At + Hour), null).ToChannel().Listing!.Status);
    }

    [Fact]
    public void MissedAndBlocked_AreCancelled()
    {
        var missed = Scheduled(At) with { Phase = SessionPhase.Ended, EndReason = EndReason.Missed };
        var blocked = Scheduled(At) with { Phase = SessionPhase.Ended, EndReason = EndReason.ChannelBusy };

        Assert.Equal(ListingStatus.Cancelled, new SessionMissed(missed, At).ToChannel().Listing!.Status);
        Assert.Equal(ListingStatus.Cancelled, new ScheduledStartBlocked(blocked, Playing(TimeSpan.Zero)).ToChannel().Listing!.Status);
    }

    [Fact]
    public void ASessionStartedNow_IsNotListed() =>
        Assert.Null(new PlaybackStarted(Playing(TimeSpan.Zero), TimeSpan.Zero).ToChannel().Listing);
}
