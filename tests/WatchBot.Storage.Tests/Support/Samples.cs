using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Tests.Support;

/// <summary>Sessions in every phase, on whole milliseconds (what the store keeps).</summary>
internal static class Samples
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 14, 20, 0, 0, TimeSpan.Zero);

    public static readonly ChannelAddress Channel = new("discord", "guild-1", "channel-1");

    public static readonly ChannelAddress OtherChannel = new("discord", "guild-1", "channel-2");

    public static readonly UserRef Alice = new("discord", "u-alice", "Alice");

    public static readonly UserRef Bob = new("discord", "u-bob", "Bob");

    /// <summary>A session in <paramref name="phase"/> with the fields that phase has.</summary>
    public static WatchSession Session(SessionPhase phase, ChannelAddress? channel = null, string? id = null) => phase switch
    {
        SessionPhase.Scheduled => Scheduled(T0.AddHours(2), channel, id),
        SessionPhase.CountingDown => Base(phase, channel, id) with
        {
            CountdownTarget = T0.AddSeconds(10),
            Clock = new MediaClock(T0.AddSeconds(10), TimeSpan.Zero, IsRunning: true, null),
        },
        SessionPhase.Playing => Base(phase, channel, id) with
        {
            StartedAt = T0,
            Clock = new MediaClock(T0, TimeSpan.Zero, IsRunning: true, TimeSpan.FromMinutes(90)),
        },
        SessionPhase.Paused => Base(phase, channel, id) with
        {
            StartedAt = T0,
            Clock = new MediaClock(T0.AddMinutes(5), TimeSpan.FromMinutes(5), IsRunning: false, TimeSpan.FromMinutes(90)),
        },
        SessionPhase.Ended => Base(phase, channel, id) with
        {
            StartedAt = T0,
            EndedAt = T0.AddMinutes(90),
            EndReason = EndReason.EndedByUser,
        },
        _ => Base(phase, channel, id),
    };

    public static WatchSession Scheduled(DateTimeOffset at, ChannelAddress? channel = null, string? id = null) =>
        Base(SessionPhase.Scheduled, channel, id) with { ScheduledFor = at };

    public static Reaction Reaction(int sequence, string? note = null) =>
        new(sequence, "😂", note, TimeSpan.FromSeconds(60 + sequence), sequence % 2 == 0 ? Bob : Alice, T0.AddSeconds(60 + sequence));

    /// <summary>The summary a session keeps of <paramref name="reactions"/>.</summary>
    public static ReactionSummary Summary(params IEnumerable<Reaction> reactions) =>
        reactions.Aggregate(ReactionSummary.None, (summary, reaction) => summary.With(reaction));

    /// <summary>The reactions stored with <see cref="EveryFieldSet"/>.</summary>
    public static IReadOnlyList<Reaction> EveryFieldReactions { get; } =
    [
        new Reaction(1, "🍿", "here we go", TimeSpan.FromMilliseconds(1_001), Alice, T0.AddSeconds(1)),
        new Reaction(2, "😱", null, TimeSpan.FromMilliseconds(2_520_456), Bob, T0.AddMinutes(42)),
        new Reaction(3, "👏", "", TimeSpan.Zero, new UserRef("discord", "U-host", "Hôst Ñame"), T0.AddMinutes(43)),
    ];

    /// <summary>A session with every field set to something other than its default.</summary>
    public static WatchSession EveryFieldSet() => new()
    {
        Id = new SessionId("a1b2c3d4e5f6"),
        Channel = new ChannelAddress("discord", "T0123", "C0456"),
        Title = "Amélie — “director's cut” 🎬",
        Host = new UserRef("discord", "U-host", "Hôst Ñame"),
        Phase = SessionPhase.Paused,
        Policy = ControlPolicy.Everyone,
        Clock = new MediaClock(T0.AddMinutes(42).AddMilliseconds(123), TimeSpan.FromMilliseconds(2_520_456), IsRunning: false, TimeSpan.FromMilliseconds(7_260_789))
        {
            PlayedBefore = TimeSpan.FromMilliseconds(1_800_321),
        },
        ScheduledFor = T0.AddMinutes(-30),
        CountdownTarget = T0.AddSeconds(-5),
        WaitingSince = T0.AddMinutes(-29).AddMilliseconds(5),

        // A non-zero offset: the store keeps the instant (in UTC), which is what equality compares.
        CreatedAt = new DateTimeOffset(2025, 3, 14, 21, 0, 0, 7, TimeSpan.FromHours(2)),
        StartedAt = T0.AddMilliseconds(999),
        EndedAt = T0.AddHours(3),
        EndReason = EndReason.ChannelBusy,
        Participants = [new UserRef("discord", "U-host", "Hôst Ñame"), Alice, Bob],
        ReadyUserIds = [new UserKey("discord", "U-host"), Bob.Key],
        Reactions = Summary(EveryFieldReactions),
        Occurrence = new SeriesOccurrence(new SeriesId("ser0000000a1"), new DateOnly(2025, 3, 14)),
        TimeZone = "Europe/Paris",
        Revision = 3,
        Rsvps =
        [
            new Rsvp(Alice, RsvpAnswer.Going, T0.AddDays(-2).AddMilliseconds(17)),
            new Rsvp(new UserRef("discord", "U-host", "Hôst Ñame"), RsvpAnswer.Maybe, T0.AddDays(-1)),
            new Rsvp(Bob, RsvpAnswer.NotGoing, T0.AddHours(-3)),
        ],
        Seats = 12,
        ReminderLeads = [TimeSpan.FromHours(24), TimeSpan.FromMinutes(15), TimeSpan.FromMilliseconds(1_500)],
        RemindersSent = [TimeSpan.FromHours(24), TimeSpan.FromMinutes(15)],
        Kicked = [Bob.Key, new UserKey("discord", "U-gone")],
        Locked = true,
        BreakRequests = [new BreakRequest(Bob, T0.AddMinutes(41).AddMilliseconds(7)), new BreakRequest(Alice, T0.AddMinutes(30), Open: false)],
        BreaksTaken = [new BreakTaken(TimeSpan.FromMilliseconds(1_200_345), T0.AddMinutes(20), T0.AddMinutes(25).AddMilliseconds(1)), new BreakTaken(TimeSpan.FromMilliseconds(2_520_456), T0.AddMinutes(42))],
    };

    private static WatchSession Base(SessionPhase phase, ChannelAddress? channel, string? id) => new()
    {
        Id = new SessionId(id ?? Guid.NewGuid().ToString("N")[..12]),
        Channel = channel ?? Channel,
        Title = "The Matrix",
        Host = AliceOn(channel ?? Channel),
        Phase = phase,
        Clock = MediaClock.Stopped(T0, null),
        CreatedAt = T0.AddMinutes(-1),
        Participants = [AliceOn(channel ?? Channel)],
    };

    // People are on their session channel's platform (the store keeps no other).
    private static UserRef AliceOn(ChannelAddress channel) => new(channel.Platform, Alice.Id, Alice.DisplayName);
}
