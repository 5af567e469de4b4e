using System.Globalization;
using System.Text.Json.Nodes;
using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Text;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Rendering;

/// <summary>
/// Turns notices into Slack messages. Every piece of user text (titles, names, notes) goes through
/// <see cref="SlackText.Escape"/>; instants are <c>&lt;!date&gt;</c> tokens so each reader sees their
/// own time zone and a countdown needs no per-second edits.
/// </summary>
public static class SlackRenderer
{
    /// <summary>How a channel notice shows: the session message edited in place and/or a new message.</summary>
    public static SlackRendering Render(Notice notice) => notice switch
    {
        PlaybackStarted p => new(p.Session, SessionMessage(p.Session, Line(p)), new SlackMessage($"▶ *GO!* {Title(p.Session)} — press play now ({Pos(p.Position)})")),
        LateStart l => new(l.Session, SessionMessage(l.Session, Line(l)), new SlackMessage(Line(l))),
        SessionMissed m => new(m.Session, SessionMessage(m.Session, Line(m)), new SlackMessage(Line(m))),
        ScheduledStartWaiting w => new(w.Session, SessionMessage(w.Session, Line(w)), new SlackMessage(Line(w))),
        ScheduledStartBlocked b => new(b.Session, SessionMessage(b.Session, Line(b)), new SlackMessage(Line(b))),
        SessionEnded e => new(e.Session, SessionMessage(e.Session, Line(e)), new SlackMessage(Line(e))),
        CountdownStarted c => new(c.Session, SessionMessage(c.Session, Line(c)), null),
        PlaybackPaused p => new(p.Session, SessionMessage(p.Session, Line(p)), null),
        PlaybackSeeked s => new(s.Session, SessionMessage(s.Session, Line(s)), null),
        ReadyMarked r => new(r.Session, SessionMessage(r.Session, Line(r)), null),
        SessionScheduled s => new(s.Session, SessionMessage(s.Session, Line(s)), null),
        _ => new(null, null, new SlackMessage(Line(notice))),
    };

    /// <summary>The GO queued with chat.scheduleMessage for a scheduled session.</summary>
    public static SlackMessage ScheduledGo(WatchSession session) =>
        new($"▶ *GO!* {Title(session)} — press play now (0:00:00)");

    /// <summary>Several reactions in one message (they are batched to stay inside the rate limits).</summary>
    public static SlackMessage Reactions(IReadOnlyList<Reaction> reactions) =>
        new(string.Join("\n", reactions.Select(r => $"{Esc(r.Emoji)} at {Pos(r.Position)} — {Esc(r.By.DisplayName)}{Note(r.Note)}")));

    /// <summary>One line of mrkdwn for any notice: what ephemeral replies and new messages say.</summary>
    public static string Line(Notice notice) => notice switch
    {
        CountdownStarted c when c.IsResume =>
            $"⏳ Resuming {Title(c.Session)} from {Pos(c.FromPosition)} — press play at {SlackText.Date(c.Target)}{By(c.By)}",
        CountdownStarted c => $"⏳ {Title(c.Session)} starts at {SlackText.Date(c.Target)} — press play then{By(c.By)}",
        PlaybackStarted p => $"▶ {Title(p.Session)} is playing from {Pos(p.Position)}",
        PlaybackPaused p => $"⏸ Paused at {Pos(p.Position)} by {Esc(p.By.DisplayName)}",
        PlaybackSeeked s => $"⏩ {Esc(s.By.DisplayName)} moved to {Pos(s.To)} (was {Pos(s.From)}){Clamped(s)}",
        ReactionAdded r => $"{Esc(r.Reaction.Emoji)} at {Pos(r.Reaction.Position)} — {Esc(r.Reaction.By.DisplayName)}{Note(r.Reaction.Note)}",
        ReadyMarked r => $"✋ {Esc(r.By.DisplayName)} is ready ({r.ReadyCount} ready)",
        SessionScheduled s => $"📅 Scheduled for {SlackText.Date(s.At, "{date_short_pretty} at {time}")} by {Esc(s.By.DisplayName)}",
        LateStart l => $"▶ {Title(l.Session)} started {DurationText.Format(l.Late)} ago — now at {Pos(l.Position)}",
        SessionMissed m => $"✖ {Title(m.Session)} was due at {SlackText.Date(m.ScheduledFor, "{date_short_pretty} at {time}")} while I was offline; marked missed.",
        ScheduledStartWaiting w =>
            $"⏳ {Title(w.Session)} is due, but {Title(w.Blocking)} is still running here: it starts when the channel is free, or is given up {SlackText.Date(w.GiveUpAt, "{date_short_pretty} at {time}")}.",
        ScheduledStartBlocked b => $"✖ {Title(b.Session)} could not start: {Title(b.Blocking)} is still running here.",
        SessionEnded e => Ended(e),
        StatusReport s => Status(s),
        AlreadySo a when a.Session is { Phase: SessionPhase.Scheduled, ScheduledFor: { } at } =>
            $"Nothing to do: {Esc(a.What)} — {Title(a.Session)} starts {SlackText.Date(at, "{date_short_pretty} at {time}")}.",
        AlreadySo a => $"Nothing to do: {Esc(a.What)} — {Title(a.Session)} at {Pos(a.Position)}.",
        ReactionTooSoon t => $"Slow down — one reaction every {DurationText.Format(t.Interval)} each. You can react again in {DurationText.Format(t.Wait)}.",
        ReactionNoted n => $"Noted: {Esc(n.Reaction.Emoji)} at {Pos(n.Reaction.Position)}.",
        Refused r => r.Suggestion is null ? $"Sorry — {Esc(r.Reason)}" : $"Sorry — {Esc(r.Reason)} Try: `{Esc(r.Suggestion)}`",
        InvalidInput i => $"Sorry — {Esc(i.Error.Message)} Try: `{Esc(i.Error.Example)}`",
        HelpText h => "*Commands*\n" + string.Join("\n", h.Lines.Select(l => "• " + Esc(l))),
        ModeratorChanged m => ModeratorWords.Changed(m, Id),
        ModeratorsListed l => ModeratorWords.Listed(l, Id),
        _ => Esc(notice.GetType().Name),
    };

    private static SlackMessage SessionMessage(WatchSession session, string state)
    {
        var ready = session.ReadyUserIds.Count;
        var facts = $"Host {Esc(session.Host.DisplayName)} · control: {Policy(session.Policy)} · {ready} ready · {session.Reactions.Count} {Plural(session.Reactions.Count, "reaction", "reactions")}";
        var blocks = new JsonArray(SlackBlocks.Section($"*🎬 {Esc(session.Title)}*\n{state}"), SlackBlocks.Context(facts));
        if (Buttons(session) is { } controls)
        {
            blocks.Add(controls);
            blocks.Add(SlackBlocks.Actions(
                "react:" + session.Id.Value,
                [.. SlackActions.ReactionEmoji.Select(e => SlackBlocks.Button(e, SlackActions.React, session.Id.Value + "|" + e))]));
        }

        return new SlackMessage($"🎬 {Esc(session.Title)} — {state}", blocks);
    }

    private static JsonObject? Buttons(WatchSession session)
    {
        var id = session.Id.Value;
        var ready = SlackBlocks.Button("✋ Ready", SlackActions.Ready, id, "primary");
        return session.Phase switch
        {
            SessionPhase.Scheduled or SessionPhase.CountingDown => SlackBlocks.Actions("controls:" + id, ready, SlackBlocks.Button("⏸ Pause", SlackActions.Pause, id)),
            SessionPhase.Playing => SlackBlocks.Actions("controls:" + id, SlackBlocks.Button("⏸ Pause", SlackActions.Pause, id)),
            SessionPhase.Paused => SlackBlocks.Actions("controls:" + id, ready, SlackBlocks.Button("▶ Resume", SlackActions.Resume, id, "primary")),
            _ => null,
        };
    }

    private static string Ended(SessionEnded e)
    {
        var recap = e.Recap;
        var who = e.By is null ? "" : $" by {Esc(e.By.DisplayName)}";
        var line = $"■ {Title(e.Session)} ended{who} at {Pos(recap.FinalPosition)}. Watched {Pos(recap.WatchedFor)} together, "
            + $"{Num(recap.ParticipantCount)} {Plural(recap.ParticipantCount, "person", "people")}, {Num(recap.ReactionCount)} {Plural(recap.ReactionCount, "reaction", "reactions")}";
        if (recap.TopEmoji.Count > 0)
        {
            line += ": " + string.Join(" ", recap.TopEmoji.Select(t => $"{Esc(t.Emoji)}×{Num(t.Count)}"));
        }

        if (recap.Highlights.Count > 0)
        {
            line += ". Highlights: " + string.Join(", ", recap.Highlights.Select(h => $"{Esc(h.Emoji)} at {Pos(h.Position)}"));
        }

        return line + ".";
    }

    private static string Status(StatusReport s)
    {
        var lines = new List<string>();
        if (s.Live is { } live)
        {
            var position = Pos(s.Position ?? TimeSpan.Zero);
            var where = live.Phase switch
            {
                SessionPhase.CountingDown when live.CountdownTarget is { } t => $"counting down: press play at {SlackText.Date(t)}, from {position}",
                SessionPhase.Paused => $"paused at {position}",
                _ => live.Clock.IsAtEnd(s.Now) ? $"at the end ({position})" : $"playing at {position}",
            };
            lines.Add($"{Title(live)} — {where}. Host {Esc(live.Host.DisplayName)}, control: {Policy(live.Policy)}, {Num(live.ReadyUserIds.Count)} ready.");
        }
        else
        {
            lines.Add("No session is running here.");
        }

        lines.AddRange(s.Upcoming.Take(5).Select(u => u.WaitingSince is null
            ? $"Next: {Title(u)} at {SlackText.Date(u.ScheduledFor ?? s.Now, "{date_short_pretty} at {time}")}."
            : $"Next: {Title(u)}, due {SlackText.Date(u.ScheduledFor ?? s.Now, "{date_short_pretty} at {time}")}, starts when this channel is free."));
        return string.Join("\n", lines);
    }

    private static string Title(WatchSession session) => $"“{Esc(session.Title)}”";

    // An id as code, never <@U…>: an answer about moderators must not notify anyone.
    private static string Id(string id) => "`" + Esc(id) + "`";

    private static string Esc(string text) => SlackText.Escape(text);

    private static string Pos(TimeSpan position) => PositionText.Format(position);

    private static string Clamped(PlaybackSeeked s) => s.Requested switch
    {
        null => "",
        { } asked when asked < TimeSpan.Zero => " — that was before the start",
        { } asked => $" — {Pos(asked)} is past the end",
    };

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string By(UserRef? by) => by is null ? "" : $" ({Esc(by.DisplayName)})";

    private static string Note(string? note) => note is null ? "" : $": “{Esc(note)}”";

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string Policy(ControlPolicy policy) => policy switch
    {
        ControlPolicy.HostOnly => "host only",
        ControlPolicy.Everyone => "everyone",
        _ => "host and moderators",
    };
}
