using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class StartRulesTests
{
    [Fact]
    public void Start_WithoutIn_CountsDownTheDefaultTenSeconds()
    {
        var decision = Decide("/watch start title:\"The Matrix\"", Alice);

        Assert.Equal(T0 + (10 * Second), decision.Next!.CountdownTarget);
    }

    [Fact]
    public void Start_FixesTheTargetInstantAtAcceptanceForEveryone()
    {
        var decision = Decide("/watch start title:\"The Matrix\" in:30s runtime:2h16m", Alice);
        var target = T0 + (30 * Second);

        var session = decision.Next!;
        Assert.Equal(SessionPhase.CountingDown, session.Phase);
        Assert.Equal(target, session.CountdownTarget);
        Assert.Equal(new MediaClock(target, TimeSpan.Zero, IsRunning: true, TimeSpan.FromMinutes(136)), session.Clock);

        var notice = Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel));
        Assert.Equal(target, notice.Target);
        Assert.Equal(TimeSpan.Zero, notice.FromPosition);
        Assert.Equal(Alice.User, notice.By);
        Assert.False(notice.IsResume);
        Assert.Same(session, notice.Session);

        var end = target + TimeSpan.FromMinutes(136);
        Assert.Equal([new SessionTimer(NewId, TimerKind.Go, target, target), new SessionTimer(NewId, TimerKind.RuntimeEnd, end, end)], decision.Arm);
        Assert.Null(decision.Reply);
    }

    [Fact]
    public void Start_MakesTheSenderHostAndFirstParticipant()
    {
        var session = Decide("/watch start title:\"The Matrix\"", Bob).Next!;

        Assert.Equal(NewId, session.Id);
        Assert.Equal(Channel, session.Channel);
        Assert.Equal(Bob.User, session.Host);
        Assert.Equal([Bob.User], session.Participants);
        Assert.Equal(T0, session.CreatedAt);
        Assert.Null(session.StartedAt);
        Assert.Equal(ReactionSummary.None, session.Reactions);
    }

    [Fact]
    public void Start_PositionStaysAtZeroUntilTheTarget()
    {
        var session = Decide("/watch start in:10s", Alice).Next!;

        Assert.Equal(TimeSpan.Zero, session.PositionAt(T0 + (9 * Second)));
        Assert.Equal(5 * Second, session.PositionAt(T0 + (15 * Second)));
    }

    [Theory]
    [InlineData("3s")]
    [InlineData("10s")]
    [InlineData("10m")]
    public void Start_CountdownWithinThreeSecondsToTenMinutes_IsAccepted(string countdown)
    {
        Assert.NotNull(Decide("/watch start in:" + countdown, Alice).Next);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2s")]
    [InlineData("10m1s")]
    [InlineData("1h")]
    public void Start_CountdownOutsideThreeSecondsToTenMinutes_IsInvalid(string countdown)
    {
        var error = Expect.Invalid(Decide("/watch start in:" + countdown, Alice));

        Assert.Contains("3s", error.Message, StringComparison.Ordinal);
        Assert.Contains("10m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_CountdownBoundsComeFromOptions()
    {
        var options = new SessionRulesOptions { MinCountdown = TimeSpan.FromSeconds(1), DefaultCountdown = TimeSpan.FromSeconds(1) };

        Assert.Equal(T0 + Second, Decide("/watch start", Alice, options: options).Next!.CountdownTarget);
        Assert.NotNull(Decide("/watch start in:2s", Alice, options: options).Next);
    }

    [Fact]
    public void Start_WhileASessionIsLive_IsRefusedAndPointsToEnd()
    {
        var refused = Expect.Refused(Decide("/watch start title:Alien", Alice, Playing(Minute)));

        Assert.Contains("The Matrix", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch end", refused.Suggestion);
    }

    [Theory]
    [InlineData("", "Movie night")]
    [InlineData("  \n ", "Movie night")]
    [InlineData("The\nMatrix\u202E", "The Matrix")]
    public void Start_TitleIsCleanedOrDefaulted(string typedTitle, string title)
    {
        var command = new StartCommand(typedTitle, null, null, null);

        var session = SessionRules.Decide(Context(Alice), command).Next!;

        Assert.Equal(title, session.Title);
    }

    [Fact]
    public void Start_TitleOfOneHundredCharacters_IsAccepted()
    {
        Assert.NotNull(SessionRules.Decide(Context(Alice), new StartCommand(new string('a', 100), null, null, null)).Next);
    }

    [Fact]
    public void Start_TitleTooLong_IsInvalid()
    {
        var error = Expect.Invalid(SessionRules.Decide(Context(Alice), new StartCommand(new string('a', 101), null, null, null)));

        Assert.Contains("100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_TitleLength_CountsEmojiAsPeopleDo()
    {
        var hundredFamilies = string.Concat(Enumerable.Repeat("\U0001F468\u200D\U0001F469\u200D\U0001F467", 100));

        Assert.NotNull(SessionRules.Decide(Context(Alice), new StartCommand(hundredFamilies, null, null, null)).Next);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("24h1s")]
    public void Start_RuntimeOutOfRange_IsInvalid(string runtime)
    {
        Expect.Invalid(Decide("/watch start runtime:" + runtime, Alice));
    }

    [Fact]
    public void Start_RuntimeOfADay_IsAccepted()
    {
        Assert.Equal(TimeSpan.FromHours(24), Decide("/watch start runtime:24h", Alice).Next!.Clock.Runtime);
    }

    [Fact]
    public void Start_WhenOnlyAScheduledSessionWaits_IsAccepted()
    {
        var decision = Decide("/watch start title:Heat", Alice, upcoming: [Scheduled(T0 + Hour)]);

        Assert.Equal(SessionPhase.CountingDown, decision.Next!.Phase);
        Assert.Equal(NewId, decision.Next.Id);
    }
}
