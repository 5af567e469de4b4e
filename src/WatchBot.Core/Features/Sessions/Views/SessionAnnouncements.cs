using WatchBot.Core.Kernel;
using WatchBot.Core.Text.Times;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Sessions.Views;

/// <summary>The lines a session posts as new messages: what people must notice now.</summary>
public static class SessionAnnouncements
{
    /// <summary>Reaction lines share this batch key: a platform gathers a burst of them into one message.</summary>
    public const string ReactionBatch = "reactions";

    /// <summary>The key of a session's GO, so a GO arranged ahead and the GO sent when it comes are one message.</summary>
    public static string GoKey(SessionId id) => "go:" + id.Value;

    /// <summary>GO: everyone presses play now.</summary>
    public static Announcement Go(WatchSession session, TimeSpan position) =>
        new(ViewLine.Of($"▶ {new TextPart("GO!", TextStyle.Strong)} {SessionWords.Title(session)} is playing from {position} — press play now."))
        {
            Key = GoKey(session.Id),
        };

    /// <summary>A booking whose time needed a word (the first of two 02:30s): the time as understood, and the word.</summary>
    public static Announcement BookedWithNote(WatchSession session, DateTimeOffset at, string note) =>
        new(ViewLine.Of($"📅 {SessionWords.Title(session)} is booked for {at:F}, {LocalTimeText.Of(at, session.TimeZone ?? "UTC")}. ℹ {note}"));

    /// <summary>
    /// The key of a start announced late ("started 8s ago"). It begins like <see cref="GoKey"/>, so a
    /// platform sends it the way it sends a GO (Discord: as a follow-up on a button's token), but it is
    /// its own: it never claims the GO arranged ahead, which the late start withdraws instead (a copy
    /// the platform already posted stays, and this line still says where the film is now).
    /// </summary>
    public static string LateStartKey(SessionId id) => GoKey(id) + ":late";

    /// <summary>The start, when it is announced too late for a GO: how long ago it was, and where the film is now.</summary>
    public static Announcement LateStart(WatchSession session, TimeSpan late, TimeSpan position) =>
        new(ViewLine.Of($"▶ {SessionWords.Title(session)} started {SessionWords.Duration(late)} ago — now at {position}."))
        {
            Key = LateStartKey(session.Id),
        };

    public static Announcement Paused(TimeSpan position, UserRef by) =>
        new(ViewLine.Of($"⏸ Paused at {position} by {by}."));

    /// <summary>A seek, and when the position asked for lay outside the media, that it was clamped.</summary>
    public static Announcement Seeked(WatchSession session, TimeSpan from, TimeSpan to, TimeSpan? requested, UserRef by)
    {
        var line = ViewLine.Of($"⏩ {by} moved {SessionWords.Title(session)} to {to} (was {from})");
        var clamped = requested switch
        {
            null => new ViewLine([new TextPart(".")]),
            { } asked when asked < TimeSpan.Zero => ViewLine.Of($" — that was before the start."),
            { } asked => ViewLine.Of($" — {asked} is past the end."),
        };
        return new(SessionWords.Merge([.. line.Parts, .. clamped.Parts]));
    }

    /// <summary>"😂 at 1:12:33 — bob: note", batched with the other reactions of the moment.</summary>
    public static Announcement Reaction(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        var line = reaction.Note is { Length: > 0 } note
            ? ViewLine.Of($"{SessionWords.Emoji(reaction.Emoji)} at {reaction.Position} — {reaction.By}: {note}")
            : ViewLine.Of($"{SessionWords.Emoji(reaction.Emoji)} at {reaction.Position} — {reaction.By}");
        return new(line) { BatchKey = ReactionBatch };
    }

    public static Announcement Missed(WatchSession session, DateTimeOffset scheduledFor) =>
        new(ViewLine.Of($"✖ {SessionWords.Title(session)} was due at {scheduledFor:F} while I was offline, too long ago to join; marked missed."));

    public static Announcement Waiting(WatchSession session, WatchSession blocking, DateTimeOffset giveUpAt) =>
        new(ViewLine.Of($"⏳ {SessionWords.Title(session)} is due, but {SessionWords.Title(blocking)} is still running here: it starts when the channel is free, or is given up at {giveUpAt:F}."));

    public static Announcement Blocked(WatchSession session, WatchSession blocking) =>
        new(ViewLine.Of($"✖ {SessionWords.Title(session)} could not start: {SessionWords.Title(blocking)} is still running here."));
}
