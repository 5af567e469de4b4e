using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.LateJoin.Views;

/// <summary>The late-join answers, for the sender only: a countdown, a paused film, a drift.</summary>
public static class LateJoinReplies
{
    public static Reply Countdown(JoinCountdown join)
    {
        ArgumentNullException.ThrowIfNull(join);
        var plan = join.Plan;
        var title = SessionWords.Title(join.Session);
        var line = join.BeforeStart
            ? ViewLine.Of($"⏳ We haven't started {title}: seek to {plan.Position}, then press play at {plan.PressAt:T} ({LateJoinWords.In(plan.PressAt, join.Now)}), with everyone.")
            : ViewLine.Of($"▶ Joining {title}: seek to {plan.Position}, then press play at {plan.PressAt:T} ({LateJoinWords.In(plan.PressAt, join.Now)}).");
        return With(line, LateJoinWords.PastNote(plan));
    }

    public static Reply Paused(JoinWhilePaused paused)
    {
        ArgumentNullException.ThrowIfNull(paused);
        return new Reply(ViewLine.Of($"⏸ {SessionWords.Title(paused.Session)} is paused at {paused.Position}: seek there and wait for resume."));
    }

    public static Reply Drift(DriftChecked check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var reading = check.Reading;
        var drift = LateJoinWords.Tenths(reading.Drift);
        var side = reading.Drift >= TimeSpan.Zero ? "ahead of" : "behind";
        var off = ViewLine.Of($"Your player is {drift} {new TextPart(side)} everyone's ({reading.Shared} when you asked)");
        return reading.Advice switch
        {
            DriftAdvice.InSync => new Reply(ViewLine.Of($"✅ You're in sync: {drift} {new TextPart(side)} everyone's, within half a second.")),
            DriftAdvice.PauseFor => new Reply(ViewLine.Of($"{off}: pause for {drift}, then play.")),
            DriftAdvice.InSyncWaitForResume => new Reply(ViewLine.Of($"✅ The film is paused at {reading.Shared} and you're there: wait for resume.")),
            DriftAdvice.SeekAndWaitForResume => new Reply(ViewLine.Of($"{off}. The film is paused: seek to {reading.Shared} and wait for resume.")),
            _ => WithPlan(reading, off, check.Now),
        };
    }

    private static Reply WithPlan(DriftReading reading, ViewLine off, DateTimeOffset now)
    {
        if (reading.Plan is not { } plan)
        {
            return new Reply(ViewLine.Of($"{off}, and the film ends before you could catch up."));
        }

        var press = ViewLine.Of($"{plan.PressAt:T} ({LateJoinWords.In(plan.PressAt, now)})");
        var line = reading.Advice == DriftAdvice.PressWithEveryone
            ? ViewLine.Of($"{off}. We haven't started: seek to {plan.Position}, then press play at {press}.")
            : ViewLine.Of($"{off}: seek to {plan.Position} and press play at {press}; if your player keeps playing as you seek, seek at that moment.");
        return With(line, LateJoinWords.PastNote(plan));
    }

    private static Reply With(ViewLine line, ViewLine? note) => note is null ? new Reply(line) : new Reply([line, note]);
}
