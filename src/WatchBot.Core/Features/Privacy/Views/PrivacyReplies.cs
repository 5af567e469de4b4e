using System.Globalization;
using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Privacy.Views;

/// <summary>
/// The answers to <c>/watch my-data</c> and <c>/watch forget-me</c>: counts in our own words, never
/// the stored text itself (notes, names), so the answer repeats nothing a platform should not see again.
/// </summary>
public static class PrivacyReplies
{
    /// <summary>What forget-me keeps, said the same way before and after.</summary>
    private const string Kept =
        "Kept: counts without you in them (a session you hosted keeps a host called \"someone\"; reaction counts stay), "
        + "audit entries with \"someone\" in your place, and a ban on you if one is in force (forget-me keeps it, by your account id only, "
        + "so that a ban can't be escaped; a moderator lifts it, or it ends), "
        + "titles you nominated (put forward by \"someone\") and your votes in closed polls (still counted, by no one).";

    public static Reply Shown(MyDataShown shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var lines = new List<ViewLine> { Line("What WatchBot stores about you in this space (only you see this):") };
        lines.AddRange(Items(shown.Data).Select(Line));
        if (!Items(shown.Data).Any())
        {
            lines.Add(Line("• nothing about you in sessions, movie nights, reminders or moderators"));
        }

        lines.Add(Line(shown.Banned ? "• a ban on you is in force here (forget-me keeps it until it ends or a moderator lifts it)" : "• no ban on you"));
        lines.Add(Line($"• {Count(shown.AuditEntries, "audit log entry", "audit log entries")} naming you"));
        lines.Add(Line("Delete it with /watch forget-me (it asks first)."));
        return new Reply(lines);
    }

    public static Reply Asked(ForgetMeAsked asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        if (asked.Data.IsEmpty)
        {
            return new Reply([Line("WatchBot stores nothing about you in this space that forget-me would delete."), Line(Kept)]);
        }

        var lines = new List<ViewLine> { Line("/watch forget-me would delete, in this space only:") };
        lines.AddRange(Items(asked.Data).Select(Line));
        lines.AddRange(Audit(asked.Data).Select(Line));
        lines.Add(Line(Kept));
        lines.Add(Line("Nothing has been deleted yet. To delete it, type: /watch forget-me confirm:yes"));
        return new Reply(lines);
    }

    public static Reply Done(ForgetMeDone done)
    {
        ArgumentNullException.ThrowIfNull(done);
        if (done.Forgotten.IsEmpty)
        {
            return new Reply(Line("Nothing to delete: WatchBot stored nothing about you in this space."));
        }

        var lines = new List<ViewLine> { Line("Done. WatchBot deleted, in this space:") };
        lines.AddRange(Items(done.Forgotten).Select(Line));
        lines.AddRange(Audit(done.Forgotten).Select(Line));
        lines.Add(Line("The audit log records that someone used forget-me, without saying who."));
        return new Reply(lines);
    }

    private static IEnumerable<string> Items(PersonalData data)
    {
        if (data.SessionsHosted > 0)
        {
            yield return $"• your name as host of {Count(data.SessionsHosted, "session", "sessions")}";
        }

        if (data.SessionsJoined > 0)
        {
            yield return $"• your place in {Count(data.SessionsJoined, "session", "sessions")} you joined";
        }

        if (data.Reactions > 0)
        {
            yield return $"• {Count(data.Reactions, "reaction", "reactions")} ({Count(data.Notes, "with a note", "with notes")})";
        }

        if (data.Rsvps > 0)
        {
            yield return $"• {Count(data.Rsvps, "RSVP", "RSVPs")}";
        }

        if (data.Ready > 0)
        {
            yield return $"• \"ready\" in {Count(data.Ready, "session", "sessions")}";
        }

        if (data.SeriesHosted > 0)
        {
            yield return $"• your name as host of {Count(data.SeriesHosted, "movie night series", "movie night series")}";
        }

        if (data.RemindersOff)
        {
            yield return "• your choice to turn reminders off";
        }

        if (data.Moderator)
        {
            yield return "• your entry as a moderator added with /watch mod add";
        }

        if (data.ModeratorsAdded > 0)
        {
            yield return $"• your name as the one who added {Count(data.ModeratorsAdded, "moderator", "moderators")}";
        }

        if (data.Announcements > 0)
        {
            yield return $"• {Count(data.Announcements, "sent announcement", "sent announcements")} kept that name you";
        }

        if (data.KickedFrom > 0)
        {
            yield return $"• your name on {Count(data.KickedFrom, "session", "sessions")} you were removed from (it becomes \"someone\", still removed)";
        }

        if (data.BansPlaced > 0)
        {
            yield return $"• your name as the moderator who placed {Count(data.BansPlaced, "ban", "bans")}";
        }

        if (data.Recaps > 0)
        {
            yield return $"• {Count(data.Recaps, "kept recap", "kept recaps")} that name you (each goes whole)";
        }

        if (data.Nominations > 0)
        {
            yield return $"• your name on {Count(data.Nominations, "movie poll nomination", "movie poll nominations")} (the titles stay, put forward by \"someone\")";
        }

        if (data.Votes > 0)
        {
            yield return $"• {Count(data.Votes, "movie poll vote", "movie poll votes")} (in an open poll it goes; in a closed one it stays counted, by no one)";
        }
    }

    // Said only before and after forget-me: my-data shows the audit count on its own line.
    private static IEnumerable<string> Audit(PersonalData data)
    {
        if (data.AuditEntries > 0)
        {
            yield return $"• your name in {Count(data.AuditEntries, "audit log entry", "audit log entries")} (it becomes \"someone\")";
        }
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static ViewLine Line(string text) => ViewLine.Of(new TextPart(text));
}
