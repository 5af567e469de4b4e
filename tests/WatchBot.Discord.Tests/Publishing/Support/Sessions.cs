using System.Collections.Immutable;
using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Publishing.Support;

/// <summary>Sessions in a given phase, for views to publish.</summary>
internal static class Sessions
{
    public static readonly DateTimeOffset Now = TestTime.Start;

    public static WatchSession In(SessionPhase phase, string id = "s1", string channel = "77") => new()
    {
        Id = new SessionId(id),
        Channel = PublisherUnderTest.Channel(channel),
        Title = "Alien",
        Host = new UserRef("discord", "1", "ann"),
        Phase = phase,
        Clock = new MediaClock(Now, TimeSpan.Zero, phase == SessionPhase.Playing, null),
        CreatedAt = Now,
        CountdownTarget = Now.AddSeconds(10),
        ReadyUserIds = ImmutableHashSet<UserKey>.Empty,
    };
}
