using System.Globalization;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>
/// How a ready check reads: the card's line ("2 of 3 ready · waiting for carol · starts anyway at …")
/// and its announcements. People are named, never pinged: the check is asked for often, and a ping per
/// update would be noise.
/// </summary>
public static class ReadyCheckView
{
    /// <summary>The most names a line lists before "and N more".</summary>
    public const int MaxNames = 5;

    /// <summary>The headline of a held start.</summary>
    public static ViewLine Headline(WatchSession session, ReadyCheck check)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(check);
        return ViewLine.Of($"✋ {SessionWords.Title(session)} starts when {Needed(check)} ready.");
    }

    /// <summary>The card's ready line, or none when the session has no ready check to show.</summary>
    public static IReadOnlyList<ViewLine> CardLines(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.ReadyCheck is not { } check || session.Phase is not (SessionPhase.Scheduled or SessionPhase.Paused))
        {
            return [];
        }

        if (check.OpenedAt is null && session.ScheduledFor is { } at)
        {
            // Booked, not open yet: what GO will wait for.
            return [ViewLine.Of($"✋ Ready check: GO waits until {Needed(check)} ready, starting anyway by {at + check.Wait:T}.")];
        }

        return [Tally(session, check)];
    }

    /// <summary>"2 of 3 ready · waiting for carol, dave · starts anyway at 20:05:00 (in 5 minutes)".</summary>
    public static ViewLine Tally(WatchSession session, ReadyCheck check)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(check);
        var tally = ReadyTally.Of(session, check);
        var deadline = Deadline(session, check);
        var counted = new TextPart(string.Create(CultureInfo.InvariantCulture, $"{tally.Ready} of {tally.Needed}{(check.All ? " going" : "")} ready"));
        var waiting = tally.WaitingFor.Count > 0
            ? ViewLine.Of($" · waiting for {Names(tally.WaitingFor)}")
            : tally.Reached ? new ViewLine([]) : ViewLine.Of($" · waiting for {tally.Needed - tally.Ready} more");
        return SessionWords.Merge(ViewLine.Of($"✋ {counted}{waiting} · starts anyway at {deadline:T} ({deadline:R})").Parts);
    }

    /// <summary>The ready check opened (a start held, or a booking a few minutes before its start).</summary>
    public static Announcement Opened(WatchSession session, ReadyCheck check)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(check);
        var deadline = Deadline(session, check);
        var title = SessionWords.Title(session);
        var line = SessionRules.IsHeldForReady(session)
            ? ViewLine.Of($"✋ Ready check for {title}: GO when {Needed(check)} ready — say /watch ready or press Ready. It starts anyway at {deadline:T} ({deadline:R}).")
            : ViewLine.Of($"✋ Ready check for {title}: say /watch ready or press Ready. GO waits until {Needed(check)} ready, at the latest {deadline:T} ({deadline:R}).");
        return new Announcement(line);
    }

    /// <summary>The held start let go: why, and the exact second to press play.</summary>
    public static Announcement Released(WatchSession session, ReadyRelease why, ReadyTally tally, DateTimeOffset target, UserRef? by)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(tally);
        var title = SessionWords.Title(session);
        var go = ViewLine.Of($"press play at {target:T} ({target:R}).");
        var line = why switch
        {
            ReadyRelease.HostGo when by is { } host => ViewLine.Of($"▶ {host} starts {title} without waiting — {go}"),
            ReadyRelease.Deadline when tally.WaitingFor.Count > 0 =>
                ViewLine.Of($"⏰ Waited long enough: {title} starts without {Names(tally.WaitingFor)} — {go}"),
            ReadyRelease.Deadline => ViewLine.Of($"⏰ Waited long enough: {title} starts — {go}"),
            _ => ViewLine.Of($"✋ {tally.Ready} of {tally.Needed} ready: {title} starts — {go}"),
        };
        return new Announcement(line);
    }

    /// <summary>When the check starts anyway: the held deadline, or for a booking not held yet its start plus the wait.</summary>
    private static DateTimeOffset Deadline(WatchSession session, ReadyCheck check) =>
        check.Deadline ?? (session.ScheduledFor ?? session.CreatedAt) + check.Wait;

    private static ViewLine Needed(ReadyCheck check) =>
        new([new TextPart(check.Count is { } count ? string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "is" : "are")}") : "everyone going is")]);

    /// <summary>Display names as user text (escaped, never a mention), at most <see cref="MaxNames"/>.</summary>
    private static ViewLine Names(IReadOnlyList<UserRef> people)
    {
        var parts = new List<ViewPart>();
        foreach (var (person, i) in people.Take(MaxNames).Select((p, i) => (p, i)))
        {
            if (i > 0)
            {
                parts.Add(new TextPart(", "));
            }

            parts.Add(new UserTextPart(person.DisplayName));
        }

        if (people.Count > MaxNames)
        {
            parts.Add(new TextPart(string.Create(CultureInfo.InvariantCulture, $" and {people.Count - MaxNames} more")));
        }

        return new ViewLine(parts);
    }
}
