using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>Every situation × every command, sent by the host (permissions are tested apart).</summary>
public sealed class PhaseCommandMatrixTests
{
    private static readonly Dictionary<string, string> Typed = new(StringComparer.Ordinal)
    {
        ["start"] = "/watch start title:\"Heat\" in:10s",
        // Clear of the scheduled session's window (T0 + 1h, for the assumed 2 h): a booking that fits.
        ["schedule"] = "/watch schedule title:\"Heat\" at:\"in 3h\"",
        ["ready"] = "/watch ready",
        ["pause"] = "/watch pause",
        ["resume"] = "/watch resume",
        ["seek"] = "/watch seek to:1:00",
        ["react"] = "/watch react emoji:😂",
        ["status"] = "/watch status",
        ["end"] = "/watch end",
        ["help"] = "/watch help",
    };

    [Theory]
    [InlineData(Situation.EmptyChannel, "start", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.EmptyChannel, "schedule", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.EmptyChannel, "ready", Outcome.Refused, null)]
    [InlineData(Situation.EmptyChannel, "pause", Outcome.Refused, null)]
    [InlineData(Situation.EmptyChannel, "resume", Outcome.Refused, null)]
    [InlineData(Situation.EmptyChannel, "seek", Outcome.Refused, null)]
    [InlineData(Situation.EmptyChannel, "react", Outcome.Refused, null)]
    [InlineData(Situation.EmptyChannel, "status", Outcome.Reply, null)]
    [InlineData(Situation.EmptyChannel, "end", Outcome.Refused, null)]
    [InlineData(Situation.EmptyChannel, "help", Outcome.Reply, null)]
    [InlineData(Situation.ScheduledOnly, "start", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.ScheduledOnly, "schedule", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.ScheduledOnly, "ready", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.ScheduledOnly, "pause", Outcome.Refused, null)]
    [InlineData(Situation.ScheduledOnly, "resume", Outcome.Refused, null)]
    [InlineData(Situation.ScheduledOnly, "seek", Outcome.Refused, null)]
    [InlineData(Situation.ScheduledOnly, "react", Outcome.Refused, null)]
    [InlineData(Situation.ScheduledOnly, "status", Outcome.Reply, null)]
    [InlineData(Situation.ScheduledOnly, "end", Outcome.Refused, null)]
    [InlineData(Situation.ScheduledOnly, "help", Outcome.Reply, null)]
    [InlineData(Situation.CountingDown, "start", Outcome.Refused, null)]
    [InlineData(Situation.CountingDown, "schedule", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.CountingDown, "ready", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.CountingDown, "pause", Outcome.Accepted, SessionPhase.Paused)]
    [InlineData(Situation.CountingDown, "resume", Outcome.AlreadySo, null)]
    [InlineData(Situation.CountingDown, "seek", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.CountingDown, "react", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.CountingDown, "status", Outcome.Reply, null)]
    [InlineData(Situation.CountingDown, "end", Outcome.Accepted, SessionPhase.Ended)]
    [InlineData(Situation.CountingDown, "help", Outcome.Reply, null)]
    [InlineData(Situation.Playing, "start", Outcome.Refused, null)]
    [InlineData(Situation.Playing, "schedule", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.Playing, "ready", Outcome.Refused, null)]
    [InlineData(Situation.Playing, "pause", Outcome.Accepted, SessionPhase.Paused)]
    [InlineData(Situation.Playing, "resume", Outcome.AlreadySo, null)]
    [InlineData(Situation.Playing, "seek", Outcome.Accepted, SessionPhase.Playing)]
    [InlineData(Situation.Playing, "react", Outcome.Accepted, SessionPhase.Playing)]
    [InlineData(Situation.Playing, "status", Outcome.Reply, null)]
    [InlineData(Situation.Playing, "end", Outcome.Accepted, SessionPhase.Ended)]
    [InlineData(Situation.Playing, "help", Outcome.Reply, null)]
    [InlineData(Situation.Paused, "start", Outcome.Refused, null)]
    [InlineData(Situation.Paused, "schedule", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.Paused, "ready", Outcome.Accepted, SessionPhase.Paused)]
    [InlineData(Situation.Paused, "pause", Outcome.AlreadySo, null)]
    [InlineData(Situation.Paused, "resume", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.Paused, "seek", Outcome.Accepted, SessionPhase.Paused)]
    [InlineData(Situation.Paused, "react", Outcome.Accepted, SessionPhase.Paused)]
    [InlineData(Situation.Paused, "status", Outcome.Reply, null)]
    [InlineData(Situation.Paused, "end", Outcome.Accepted, SessionPhase.Ended)]
    [InlineData(Situation.Paused, "help", Outcome.Reply, null)]
    [InlineData(Situation.AfterEnd, "start", Outcome.Accepted, SessionPhase.CountingDown)]
    [InlineData(Situation.AfterEnd, "schedule", Outcome.Accepted, SessionPhase.Scheduled)]
    [InlineData(Situation.AfterEnd, "ready", Outcome.Refused, null)]
    [InlineData(Situation.AfterEnd, "pause", Outcome.Refused, null)]
    [InlineData(Situation.AfterEnd, "resume", Outcome.Refused, null)]
    [InlineData(Situation.AfterEnd, "seek", Outcome.Refused, null)]
    [InlineData(Situation.AfterEnd, "react", Outcome.Refused, null)]
    [InlineData(Situation.AfterEnd, "status", Outcome.Reply, null)]
    [InlineData(Situation.AfterEnd, "end", Outcome.Refused, null)]
    [InlineData(Situation.AfterEnd, "help", Outcome.Reply, null)]
    public void Decide_EveryPhaseAndCommand(Situation situation, string command, Outcome expected, SessionPhase? nextPhase)
    {
        var (live, upcoming) = Channel(situation);

        var decision = Decide(Typed[command], Alice, live, upcoming);

        Assert.Equal(expected, Classify(decision));
        if (expected == Outcome.Accepted)
        {
            var next = Assert.IsType<WatchSession>(decision.Next);
            Assert.Equal(nextPhase, next.Phase);
            Assert.NotEmpty(decision.ToChannel);
            Assert.Equal(ChangedSessionId(situation, command), next.Id);
        }
        else
        {
            Expect.ChangesNothing(decision);
            Assert.NotNull(decision.Reply);
        }

        switch (decision.Reply)
        {
            case Refused:
                Expect.Refused(decision);
                break;
            case AlreadySo already:
                Assert.Same(live, already.Session);
                Assert.Equal(live!.PositionAt(T0), already.Position);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(EverySituationAndCommand))]
    public void Decide_ByAMemberUnderDefaultPolicy_NeverDrivesPlaybackOfSomeoneElsesSession(Situation situation, string command)
    {
        var (live, upcoming) = Channel(situation);

        var decision = Decide(Typed[command], Bob, live, upcoming);

        if (live is not null && command is "pause" or "resume" or "seek" or "end")
        {
            var refused = Expect.Refused(decision);
            Assert.Contains("alice", refused.Reason, StringComparison.Ordinal);
        }
        else if (decision.Next is { } next && live is not null && next.Id == live.Id)
        {
            Assert.Equal(live.Phase, next.Phase);
            Assert.Equal(live.Clock, next.Clock);
        }
    }

    public static TheoryData<Situation, string> EverySituationAndCommand()
    {
        var data = new TheoryData<Situation, string>();
        foreach (var situation in Enum.GetValues<Situation>())
        {
            foreach (var command in Typed.Keys)
            {
                data.Add(situation, command);
            }
        }

        return data;
    }

    [Fact]
    public void AfterEnd_TheEndedSessionIsNotLive()
    {
        var ended = Decide("/watch end", Alice, Playing(Minute)).Next!;

        Assert.Equal(SessionPhase.Ended, ended.Phase);
        Assert.False(ended.Phase.IsLive());
    }

    /// <summary>The channel's live session and scheduled ones, as the store would hand them over.</summary>
    private static (WatchSession? Live, IReadOnlyList<WatchSession> Upcoming) Channel(Situation situation) => situation switch
    {
        Situation.EmptyChannel => (null, []),
        Situation.ScheduledOnly => (null, [Scheduled(T0 + Hour)]),
        Situation.CountingDown => (CountingDown(T0 + (5 * Second)), []),
        Situation.Playing => (Playing(10 * Minute), []),
        Situation.Paused => (Paused(10 * Minute), []),
        _ => (LiveOrNull(Decide("/watch end", Alice, Playing(10 * Minute), now: T0 - Minute).Next!), []),
    };

    private static WatchSession? LiveOrNull(WatchSession session) => session.Phase.IsLive() ? session : null;

    /// <summary>Which session an accepted command changes: a new one, the scheduled one (ready), or the live one.</summary>
    private static SessionId ChangedSessionId(Situation situation, string command) =>
        command is "start" or "schedule" ? NewId
        : situation == Situation.ScheduledOnly ? NextId
        : LiveId;

    private static Outcome Classify(Decision decision) => decision switch
    {
        { Next: not null } => Outcome.Accepted,
        { Reply: Refused or InvalidInput } => Outcome.Refused,
        { Reply: AlreadySo } => Outcome.AlreadySo,
        _ => Outcome.Reply,
    };
}
