using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Breaks.Views;

/// <summary>What breaks add to a session's card and announce.</summary>
public static class BreakViews
{
    /// <summary>The verb of the approve button and of <c>/watch break approve</c>.</summary>
    public const string ApproveWord = Commands.BreakSubCommand.ApproveWord;

    /// <summary>The "Need a break" button's id: <c>watch:break:&lt;session&gt;</c>.</summary>
    public static string AskId(SessionId id) => Grammar.CardActions.Id("break", id);

    /// <summary>The "Approve break" button's id: <c>watch:break:approve:&lt;session&gt;</c>.</summary>
    public static string ApproveId(SessionId id) => Grammar.CardActions.Id("break", id, ApproveWord);

    /// <summary>"☕ 2 people asked for a break: alice, bob" (names, never pings); none while nobody asks.</summary>
    public static IReadOnlyList<ViewLine> CardLines(WatchSession session)
    {
        var open = BreakBook.Open(session);
        if (open.Count == 0)
        {
            return [];
        }

        var people = open.Count == 1 ? "1 person" : $"{open.Count} people";
        return [SessionWords.Merge([new TextPart($"☕ {people} asked for a break: "), .. Names(open.Select(r => r.By))])];
    }

    /// <summary>While it plays or counts down, anyone may ask; once someone asked, the approve button (pressed by others, it answers who may).</summary>
    public static IReadOnlyList<ViewAction> Actions(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Phase is not (SessionPhase.Playing or SessionPhase.CountingDown))
        {
            return [];
        }

        var ask = new ViewAction(AskId(session.Id), "Need a break", ActionStyle.Secondary, "☕");
        return BreakBook.Open(session).Count == 0
            ? [ask]
            : [ask, new ViewAction(ApproveId(session.Id), "Approve break", ActionStyle.Primary, "✅")];
    }

    /// <summary>The break's announcement: who approved (or that enough asked), where, and how to go on.</summary>
    public static Announcement Started(BreakStarted started)
    {
        ArgumentNullException.ThrowIfNull(started);
        var asked = started.AskedBy.Count == 1 ? "1 person" : $"{started.AskedBy.Count} people";
        var head = started.ApprovedBy is { } by
            ? ViewLine.Of($"☕ Break at {started.Position}, approved by {by} — asked by ")
            : ViewLine.Of($"☕ {new TextPart(asked)} asked for a break within a minute, so I paused at {started.Position} — asked by ");
        var tail = new TextPart(". Resume with /watch resume when everyone is back.");
        return new(SessionWords.Merge([.. head.Parts, .. Names(started.AskedBy), tail]));
    }

    /// <summary>A <c>break-auto:</c> threshold in words: "3 people", "a third of those who said ready".</summary>
    public static string Threshold(AutoBreak auto)
    {
        ArgumentNullException.ThrowIfNull(auto);
        return auto.People switch
        {
            1 => "1 person",
            { } n => $"{n} people",
            null => "a third of those who said ready (or took part; at least 2)",
        };
    }

    private static IEnumerable<ViewPart> Names(IEnumerable<UserRef> people)
    {
        var first = true;
        foreach (var person in people)
        {
            if (!first)
            {
                yield return new TextPart(", ");
            }

            first = false;
            yield return new PersonPart(person);
        }
    }
}
