using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Core.Text;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// Notices as Discord messages: the session message (state + buttons, edited in place), the lines
/// that notify (GO, pause, seek, recap), reaction lines and the sender-only replies. Every piece of
/// user text goes through <see cref="DiscordText.Escape"/>; instants are Discord timestamps.
/// </summary>
public static class DiscordRenderer
{
    /// <summary>The session message for the state a notice leaves the session in, or null if it does not change it.</summary>
    public static DiscordMessage? SessionMessage(Notice notice) => notice switch
    {
        SessionScheduled s => new($"📅 {Title(s.Session)} — starts {T(s.At, 'F')} ({T(s.At, 'R')}). Host: {Name(s.Session.Host)}. Press Ready if you're in.", Buttons(s.Session)),
        CountdownStarted c when c.IsResume => new($"⏳ {Title(c.Session)} resumes from {Pos(c.FromPosition)} — press play {T(c.Target, 'R')}, at {T(c.Target, 'T')}.", Buttons(c.Session)),
        CountdownStarted c => new($"⏳ {Title(c.Session)} starts {T(c.Target, 'R')} — press play at {T(c.Target, 'T')}.{ReadyCount(c.Session)}", Buttons(c.Session)),
        PlaybackStarted p => new(Playing(p.Session), Buttons(p.Session)),
        LateStart l => new(Playing(l.Session), Buttons(l.Session)),
        PlaybackSeeked s => new(Playing(s.Session), Buttons(s.Session)),
        PlaybackPaused p => new($"⏸ {Title(p.Session)} is paused at {Pos(p.Position)} by {Name(p.By)}.", Buttons(p.Session)),
        ReadyMarked r when r.Session.Phase == SessionPhase.Paused =>
            new($"⏸ {Title(r.Session)} is paused at {Pos(r.Session.Clock.AnchorPosition)}.{ReadyCount(r.Session)}", Buttons(r.Session)),
        ReadyMarked r when r.Session.Phase == SessionPhase.Scheduled && r.Session.ScheduledFor is { } at =>
            new($"📅 {Title(r.Session)} — starts {T(at, 'F')} ({T(at, 'R')}). Host: {Name(r.Session.Host)}.{ReadyCount(r.Session)}", Buttons(r.Session)),
        SessionEnded e => new($"■ {Title(e.Session)} has ended.", []),
        SessionMissed m => new($"✖ {Title(m.Session)} was missed.", []),
        ScheduledStartWaiting w => new($"⏳ {Title(w.Session)} is due and starts as soon as {Title(w.Blocking)} ends (given up {T(w.GiveUpAt, 'R')}).", Buttons(w.Session)),
        ScheduledStartBlocked b => new($"✖ {Title(b.Session)} could not start.", []),
        _ => null,
    };

    /// <summary>A new message for what people must notice now (GO notifies), or null.</summary>
    public static DiscordMessage? ChannelMessage(Notice notice) => notice switch
    {
        PlaybackStarted p => new($"▶ **GO!** {Title(p.Session)} — press play now, from {Pos(p.Position)}."),
        LateStart l => new($"▶ {Title(l.Session)} started {DurationText.Format(l.Late)} ago — it is now at {Pos(l.Position)}."),
        PlaybackPaused p => new($"⏸ Paused at {Pos(p.Position)} by {Name(p.By)}."),
        PlaybackSeeked s => new($"⏩ {Name(s.By)} moved {Title(s.Session)} to {Pos(s.To)} (was {Pos(s.From)}){Clamped(s)}."),
        SessionEnded e => new(Ended(e)),
        SessionMissed m => new($"✖ {Title(m.Session)} was due {T(m.ScheduledFor, 'F')} while I was offline, too long ago to join; marked missed."),
        ScheduledStartWaiting w => new($"⏳ {Title(w.Session)} is due, but {Title(w.Blocking)} is still running here: it starts when the channel is free, or is given up {T(w.GiveUpAt, 'F')}."),
        ScheduledStartBlocked b => new($"✖ {Title(b.Session)} could not start: {Title(b.Blocking)} is still running here."),
        StatusReport or HelpText or Refused or InvalidInput or AlreadySo or ReactionNoted or ReactionTooSoon => new(Reply(notice)),
        _ => null,
    };

    /// <summary>"😂 at 1:12:33 — name: note", for the batched reaction messages.</summary>
    public static string ReactionLine(Reaction reaction) =>
        $"{Emoji(reaction.Emoji)} at {Pos(reaction.Position)} — {Name(reaction.By)}{(reaction.Note is null ? "" : ": " + DiscordText.Escape(reaction.Note))}";

    /// <summary>The sender-only answer (sent with flags 64).</summary>
    public static string Reply(Notice notice) => notice switch
    {
        Refused r => r.Suggestion is null ? $"Sorry — {DiscordText.Escape(r.Reason)}" : $"Sorry — {DiscordText.Escape(r.Reason)} Try: `{Code(r.Suggestion)}`",
        InvalidInput i => $"Sorry — {DiscordText.Escape(i.Error.Message)} Try: `{Code(i.Error.Example)}`",
        ReactionNoted n => $"Noted: {Emoji(n.Reaction.Emoji)} at {Pos(n.Reaction.Position)}.",
        AlreadySo a when a.Session is { Phase: SessionPhase.Scheduled, ScheduledFor: { } at } =>
            $"Nothing to do: {DiscordText.Escape(a.What)} — {Title(a.Session)} starts {T(at, 'F')} ({T(at, 'R')}).",
        AlreadySo a => $"Nothing to do: {DiscordText.Escape(a.What)} — {Title(a.Session)} at {Pos(a.Position)}.",
        ReactionTooSoon t => $"Slow down — one reaction every {DurationText.Format(t.Interval)} each. You can react again in {DurationText.Format(t.Wait)}.",
        HelpText h => "**/watch** commands:\n" + string.Join("\n", h.Lines.Select(l => "• " + DiscordText.Escape(l))),
        StatusReport s => Status(s),
        ModeratorChanged m => ModeratorWords.Changed(m, Id),
        ModeratorsListed l => ModeratorWords.Listed(l, Id),
        _ => SessionMessage(notice)?.Content ?? ChannelMessage(notice)?.Content ?? "Done.",
    };

    private static string Status(StatusReport s)
    {
        var lines = new List<string>();
        if (s.Live is { } live)
        {
            var where = live.Phase switch
            {
                SessionPhase.CountingDown when live.CountdownTarget is { } t => $"counting down: press play {T(t, 'R')}, at {T(t, 'T')}",
                SessionPhase.Paused => $"paused at {Pos(s.Position ?? TimeSpan.Zero)}",
                _ => $"playing at {Pos(s.Position ?? TimeSpan.Zero)}",
            };
            lines.Add($"{Title(live)} — {where}. Host {Name(live.Host)}, {live.ReadyUserIds.Count} ready, {live.Reactions.Count} reactions.");
        }
        else
        {
            lines.Add("No session is running here.");
        }

        lines.AddRange(s.Upcoming.Take(5).Select(u => u.WaitingSince is null
            ? $"Next: {Title(u)} {T(u.ScheduledFor ?? s.Now, 'F')} ({T(u.ScheduledFor ?? s.Now, 'R')})."
            : $"Next: {Title(u)}, due {T(u.ScheduledFor ?? s.Now, 'F')}, starts when this channel is free."));
        return string.Join("\n", lines);
    }

    private static string Ended(SessionEnded e)
    {
        var r = e.Recap;
        var who = e.By is null ? "" : $" by {Name(e.By)}";
        var line = $"■ {Title(e.Session)} ended{who} at {Pos(r.FinalPosition)}. Watched {Pos(r.WatchedFor)} together, "
            + $"{r.ParticipantCount} {(r.ParticipantCount == 1 ? "person" : "people")}, {r.ReactionCount} {(r.ReactionCount == 1 ? "reaction" : "reactions")}";
        if (r.TopEmoji.Count > 0)
        {
            line += ": " + string.Join(" ", r.TopEmoji.Select(t => $"{Emoji(t.Emoji)}×{t.Count}"));
        }

        if (r.Highlights.Count > 0)
        {
            line += ". Highlights: " + string.Join(", ", r.Highlights.Select(h => $"{Emoji(h.Emoji)} at {Pos(h.Position)}"));
        }

        return line + ".";
    }

    private static string Playing(WatchSession session) =>
        $"▶ {Title(session)} is playing — it was at {Pos(session.Clock.AnchorPosition)} {T(session.Clock.AnchorInstant, 'R')} ({T(session.Clock.AnchorInstant, 'T')}).";

    /// <summary>Row 1: the controls that fit the phase; rows 2–3: the six reactions (at most 5 buttons a row).</summary>
    private static List<IReadOnlyList<DiscordButton>> Buttons(WatchSession session)
    {
        var controls = new List<DiscordButton>();
        if (session.Phase is SessionPhase.Scheduled or SessionPhase.CountingDown or SessionPhase.Paused)
        {
            controls.Add(new DiscordButton(SessionButtons.Ready(session.Id), "Ready", 3));
        }

        if (session.Phase is SessionPhase.CountingDown or SessionPhase.Playing)
        {
            controls.Add(new DiscordButton(SessionButtons.Pause(session.Id), "Pause", 2));
        }

        if (session.Phase == SessionPhase.Paused)
        {
            controls.Add(new DiscordButton(SessionButtons.Resume(session.Id), "Resume", 1));
        }

        var rows = new List<IReadOnlyList<DiscordButton>> { controls };
        if (session.Phase is SessionPhase.CountingDown or SessionPhase.Playing or SessionPhase.Paused)
        {
            var reactions = SessionButtons.Reactions.Select((e, i) => new DiscordButton(SessionButtons.React(i, session.Id), null, 2, e)).ToList();
            rows.Add(reactions.Take(3).ToList());
            rows.Add(reactions.Skip(3).ToList());
        }

        return rows;
    }

    private static string ReadyCount(WatchSession session) =>
        session.ReadyUserIds.Count == 0 ? "" : $" {session.ReadyUserIds.Count} ready.";

    private static string Title(WatchSession session) => $"**{DiscordText.Escape(session.Title)}**";

    private static string Name(UserRef user) => DiscordText.Escape(user.DisplayName);

    /// <summary>
    /// Emoji are user text too: escaped, except a server emoji (<c>&lt;:name:id&gt;</c>), whose strict
    /// shape is checked again here (the store may hold rows older than that check) and is shown as the emoji.
    /// </summary>
    private static string Emoji(string emoji) => EmojiText.IsDiscordCustom(emoji) ? emoji : DiscordText.Escape(emoji);

    /// <summary>Examples go inside inline code (see <see cref="DiscordText.Code"/>).</summary>
    private static string Code(string text) => DiscordText.Code(text);

    // An id as code, never <@id>: an answer about moderators must not notify anyone.
    private static string Id(string id) => $"`{Code(id)}`";

    private static string Pos(TimeSpan position) => PositionText.Format(position);

    private static string Clamped(PlaybackSeeked s) => s.Requested switch
    {
        null => "",
        { } asked when asked < TimeSpan.Zero => " — that was before the start",
        { } asked => $" — {Pos(asked)} is past the end",
    };

    private static string T(DateTimeOffset instant, char style) => DiscordText.Timestamp(instant, style);
}
