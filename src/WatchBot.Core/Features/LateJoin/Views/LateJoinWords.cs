using System.Globalization;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.LateJoin.Views;

/// <summary>The few words the late-join answers share: seconds to the tenth, "in 6 s", the sub-second note.</summary>
internal static class LateJoinWords
{
    /// <summary><c>2.3 s</c>: a drift, never negative (the words say ahead or behind).</summary>
    public static TextPart Tenths(TimeSpan span) =>
        new(span.Duration().TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s");

    /// <summary>
    /// <c>in 6 s</c>, counted from the command's arrival and rounded down, so it never promises more
    /// time than there is; the instant beside it is the exact one.
    /// </summary>
    public static TextPart In(DateTimeOffset at, DateTimeOffset now) =>
        new(string.Create(CultureInfo.InvariantCulture, $"in {Math.Max(0, (long)Math.Floor((at - now).TotalSeconds))} s"));

    /// <summary>
    /// When the shared clock sits on a fraction of a second, a whole-second seek cannot match it: say by
    /// how much, so people can press that much early. Nothing when it is on a whole second.
    /// </summary>
    public static ViewLine? PastNote(JoinPlan plan) =>
        plan.Past >= TimeSpan.FromMilliseconds(50)
            ? ViewLine.Of($"(Everyone is {Tenths(plan.Past)} past {plan.Position} at that moment: press play that much early if you can.)")
            : null;
}
