using System.Globalization;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Text;

namespace WatchBot.Shell;

/// <summary>
/// Turns notices into terminal lines. Instants are shown in the machine's time zone (through the
/// injected <see cref="TimeProvider"/>), positions as H:MM:SS.
/// </summary>
internal sealed class ShellRenderer(TimeProvider time)
{
    public string Render(Notice notice) => notice switch
    {
        CountdownStarted c when c.IsResume =>
            $"⏳ Resuming \"{c.Session.Title}\" from {Pos(c.FromPosition)} — press play at {Clock(c.Target)} (in {Until(c.Target)}){By(c.By)}",
        CountdownStarted c =>
            $"⏳ \"{c.Session.Title}\" starts in {Until(c.Target)} — press play at {Clock(c.Target)}{By(c.By)}",
        PlaybackStarted p => $"▶ GO! \"{p.Session.Title}\" is playing from {Pos(p.Position)}",
        PlaybackPaused p => $"⏸ Paused at {Pos(p.Position)} by {p.By.DisplayName}",
        PlaybackSeeked s => $"⏩ {s.By.DisplayName} moved \"{s.Session.Title}\" to {Pos(s.To)} (was {Pos(s.From)}){Clamped(s)}",
        ReactionAdded r => $"{r.Reaction.Emoji} at {Pos(r.Reaction.Position)} — {r.Reaction.By.DisplayName}{Note(r.Reaction.Note)}",
        ReadyMarked r => $"✋ {r.By.DisplayName} is ready for \"{r.Session.Title}\" ({r.ReadyCount} ready)",
        SessionScheduled s => $"📅 \"{s.Session.Title}\" is scheduled for {Instant(s.At)} (in {Until(s.At)}) by {s.By.DisplayName}",
        LateStart l => $"▶ \"{l.Session.Title}\" started {DurationText.Format(l.Late)} ago — now at {Pos(l.Position)}",
        SessionMissed m => $"✖ \"{m.Session.Title}\" was due at {Instant(m.ScheduledFor)} while I was offline, too long ago to join; marked missed.",
        ScheduledStartWaiting w =>
            $"⏳ \"{w.Session.Title}\" is due, but \"{w.Blocking.Title}\" is still running here: it starts when the channel is free, or is given up at {Instant(w.GiveUpAt)}.",
        ScheduledStartBlocked b => $"✖ \"{b.Session.Title}\" could not start: \"{b.Blocking.Title}\" is still running here.",
        SessionEnded e => Ended(e),
        StatusReport s => Status(s),
        AlreadySo a when a.Session is { Phase: SessionPhase.Scheduled, ScheduledFor: { } at } =>
            $"Nothing to do: {a.What} — \"{a.Session.Title}\" starts {Instant(at)} (in {Until(at)}).",
        AlreadySo a => $"Nothing to do: {a.What} — \"{a.Session.Title}\" at {Pos(a.Position)}.",
        ReactionNoted n => $"Noted: {n.Reaction.Emoji} at {Pos(n.Reaction.Position)}.",
        ReactionTooSoon t => $"Slow down — one reaction every {DurationText.Format(t.Interval)} each. You can react again in {DurationText.Format(t.Wait)}.",
        Refused r => r.Suggestion is null ? $"Sorry — {r.Reason}" : $"Sorry — {r.Reason} Try: {r.Suggestion}",
        InvalidInput i => $"Sorry — {i.Error.Message} Try: {i.Error.Example}",
        HelpText h => "Commands:" + Environment.NewLine + string.Join(Environment.NewLine, h.Lines.Select(l => "  " + l))
            + Environment.NewLine + "Shell only: /wait 5s (let time pass), /as bob [mod] (switch who is typing).",
        ModeratorChanged m => ModeratorWords.Changed(m, id => id),
        ModeratorsListed l => ModeratorWords.Listed(l, id => id),
        _ => notice.GetType().Name,
    };

    private static string Ended(SessionEnded e)
    {
        var recap = e.Recap;
        var who = e.By is null ? "" : $" by {e.By.DisplayName}";
        var line = $"■ \"{e.Session.Title}\" ended{who} at {Pos(recap.FinalPosition)}. Watched {Pos(recap.WatchedFor)} together, "
            + $"{recap.ParticipantCount} {Plural(recap.ParticipantCount, "person", "people")}, {recap.ReactionCount} {Plural(recap.ReactionCount, "reaction", "reactions")}";
        if (recap.TopEmoji.Count > 0)
        {
            line += ": " + string.Join(" ", recap.TopEmoji.Select(t => $"{t.Emoji}×{t.Count}"));
        }

        if (recap.Highlights.Count > 0)
        {
            line += ". Highlights: " + string.Join(", ", recap.Highlights.Select(h => $"{h.Emoji} at {Pos(h.Position)}"));
        }

        return line + ".";
    }

    private string Status(StatusReport s)
    {
        var lines = new List<string>();
        if (s.Live is { } live)
        {
            var where = live.Phase switch
            {
                SessionPhase.CountingDown when live.CountdownTarget is { } t =>
                    $"counting down: press play at {Clock(t)} (in {Until(t)}), from {Pos(s.Position ?? TimeSpan.Zero)}",
                SessionPhase.Paused => $"paused at {Pos(s.Position ?? TimeSpan.Zero)}",
                _ => live.Clock.IsAtEnd(s.Now) ? $"at the end ({Pos(s.Position ?? TimeSpan.Zero)})" : $"playing at {Pos(s.Position ?? TimeSpan.Zero)}",
            };
            lines.Add($"\"{live.Title}\" — {where}. Host {live.Host.DisplayName}, control: {Policy(live.Policy)}, "
                + $"{live.ReadyUserIds.Count} ready, {live.Reactions.Count} {Plural(live.Reactions.Count, "reaction", "reactions")}.");
        }
        else
        {
            lines.Add("No session is running here.");
        }

        lines.AddRange(s.Upcoming.Take(5).Select(u => u.WaitingSince is null
            ? $"Next: \"{u.Title}\" at {Instant(u.ScheduledFor ?? s.Now)} (in {Until(u.ScheduledFor ?? s.Now)})."
            : $"Next: \"{u.Title}\", due at {Instant(u.ScheduledFor ?? s.Now)}, starts when this channel is free."));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Pos(TimeSpan position) => PositionText.Format(position);

    private static string Clamped(PlaybackSeeked s) => s.Requested switch
    {
        null => "",
        { } asked when asked < TimeSpan.Zero => " — that was before the start",
        { } asked => $" — {Pos(asked)} is past the end",
    };

    private static string By(UserRef? by) => by is null ? "" : $" ({by.DisplayName})";

    private static string Note(string? note) => note is null ? "" : $": \"{note}\"";

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string Policy(ControlPolicy policy) => policy switch
    {
        ControlPolicy.HostOnly => "host only",
        ControlPolicy.Everyone => "everyone",
        _ => "host and moderators",
    };

    private string Until(DateTimeOffset instant)
    {
        var left = instant - time.GetUtcNow();

        // Rounded up: "in 3s" right after a 3-second countdown was accepted, never "in 2s".
        return DurationText.Format(TimeSpan.FromSeconds(Math.Max(0, Math.Ceiling(left.TotalSeconds))));
    }

    private string Clock(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private string Instant(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone);
        return local.ToString("ddd yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + ZoneName(local.Offset);
    }

    private static string ZoneName(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + offset.ToString(offset < TimeSpan.Zero ? "\\-hh\\:mm" : "\\+hh\\:mm", CultureInfo.InvariantCulture);
}
