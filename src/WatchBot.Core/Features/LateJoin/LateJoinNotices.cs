using WatchBot.Core.Features.LateJoin.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.LateJoin;

// The late-join feature's notices: answers for the one person who asked, never for the channel.

/// <summary>
/// A personal countdown: seek to the plan's position, press play at its instant. <paramref name="BeforeStart"/>:
/// the session is counting down and the instant is its GO.
/// </summary>
public sealed record JoinCountdown(WatchSession Session, JoinPlan Plan, DateTimeOffset Now, bool BeforeStart) : Notice
{
    public override Reply ToReply() => LateJoinReplies.Countdown(this);
}

/// <summary>Joining a paused session: where the film stopped, and to wait for the resume.</summary>
public sealed record JoinWhilePaused(WatchSession Session, TimeSpan Position) : Notice
{
    public override Reply ToReply() => LateJoinReplies.Paused(this);
}

/// <summary>The answer to <c>/watch check</c>: how far off the person's player is, and what to do.</summary>
public sealed record DriftChecked(DriftReading Reading, DateTimeOffset Now) : Notice
{
    public override Reply ToReply() => LateJoinReplies.Drift(this);
}
