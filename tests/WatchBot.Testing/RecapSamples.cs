using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Testing;

/// <summary>
/// The busiest recap a platform must draw in one message: 60 people with long, hostile names, a
/// reaction with a 200-character hostile note every 10 s for two hours, three breaks.
/// </summary>
public static class RecapSamples
{
    /// <summary>Text every markup must escape or defuse: pings, markdown, links, mrkdwn tokens, entities.</summary>
    public const string Hostile = "@everyone <!here> <@123456789012345678> **b** _i_ `c` ~s~ [x](https://evil.example) & < > |";

    public static readonly DateTimeOffset EndedAt = new(2026, 11, 22, 22, 0, 0, TimeSpan.Zero);

    /// <summary>The session that ended, on <paramref name="platform"/>.</summary>
    public static WatchSession Ended(string platform, ChannelAddress channel) => new()
    {
        Id = new SessionId("recap0000001"),
        Channel = channel,
        Title = "Alien " + Hostile,
        Host = Person(platform, 0),
        Phase = SessionPhase.Ended,
        Clock = new MediaClock(EndedAt, TimeSpan.FromHours(2), IsRunning: false, null),
        CreatedAt = EndedAt.AddHours(-2),
        EndedAt = EndedAt,
        EndReason = EndReason.EndedByUser,
    };

    /// <summary>The busy recap of <see cref="Ended"/> on <paramref name="platform"/>, completed as the coordinator does.</summary>
    public static KeptRecap Busy(string platform, ChannelAddress channel)
    {
        var people = Enumerable.Range(0, 60).Select(i => Person(platform, i)).ToList();
        var reactions = Enumerable.Range(0, 720)
            .Select(i => new Reaction(i + 1, i % 3 == 0 ? "🔥" : "😂", $"{i} {Hostile} " + new string('x', 110), TimeSpan.FromSeconds(i * 10), people[i % 60], EndedAt))
            .ToList();
        var session = Ended(platform, channel) with
        {
            Participants = [.. people],
            BreaksTaken = [.. Enumerable.Range(1, 3).Select(i => new BreakTaken(TimeSpan.FromMinutes(30 * i), EndedAt.AddMinutes((30 * i) - 120), EndedAt.AddMinutes((30 * i) - 114)))],
        };
        var recap = Recap.Of(session, EndedAt).WithReactions(reactions);
        return KeptRecap.Of(new SessionEnded(session, recap, people[1]));
    }

    private static UserRef Person(string platform, int i) => new(platform, i == 0 ? "U00000000" : $"U{i:00000000}", $"**{i}** @everyone <@here> long-name-{i}");
}
