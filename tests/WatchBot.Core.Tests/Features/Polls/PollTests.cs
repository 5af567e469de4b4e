using WatchBot.Core.Features;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary>Runs typed poll commands against a booking and the channel's open polls, as the coordinator would.</summary>
internal static class PollTests
{
    public static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);

    public static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);

    /// <summary>Alice's booking "Alien", three hours after <see cref="Given.T0"/>.</summary>
    public static WatchSession Booking() => Scheduled(T0 + 3 * Hour);

    public static Decision Run(string typed, Actor actor, WatchSession booking, MoviePoll? poll = null, DateTimeOffset? now = null, SpaceSettings? space = null) =>
        ChannelRules.Decide(
            Context(actor, upcoming: [booking], now: now) with { Polls = poll is null ? [] : [poll], Space = space ?? SpaceSettings.None },
            Parsed(typed));

    /// <summary>The poll the decision saved, as the store returns it (its version moved on).</summary>
    public static MoviePoll Saved(Decision decision)
    {
        var change = Assert.IsType<PollChange>(Assert.Single(decision.Changes));
        return change.Poll with { Version = change.ExpectedVersion + 1 };
    }

    /// <summary>An open poll on <paramref name="booking"/> with titles 1 (by Bob) and 2 (by Dave), closing an hour before it.</summary>
    public static MoviePoll WithTwoTitles(WatchSession booking, DateTimeOffset now) => new()
    {
        Id = new PollId("poll00000001"),
        Session = booking.Id,
        Channel = booking.Channel,
        OpenedBy = booking.Host,
        OpenedAt = now,
        ClosesAt = booking.ScheduledFor!.Value - Hour,
        Nominations = [new Nomination(1, "Heat", Bob.User, now), new Nomination(2, "Ronin", Dave.User, now)],
        NextNumber = 3,
        Version = 1,
    };

    /// <summary>Opens a poll on <paramref name="booking"/> and runs each (actor, command) in turn, keeping the poll.</summary>
    public static MoviePoll After(WatchSession booking, params (Actor Actor, string Typed)[] steps)
    {
        var poll = Saved(Run("/watch poll", Alice, booking));
        foreach (var (actor, typed) in steps)
        {
            var decision = Run(typed, actor, booking, poll);
            Assert.True(decision.Changes.Count == 1, $"\"{typed}\" by {actor.User.DisplayName} should change the poll but: {(decision.Reply as Refused)?.Reason}");
            poll = Saved(decision);
        }

        return poll;
    }
}
