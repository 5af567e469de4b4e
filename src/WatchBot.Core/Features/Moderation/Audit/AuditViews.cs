using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation.Audit;

/// <summary>
/// How an audit entry reads: when (the platform's own timestamp), who by name, what, whom, the detail
/// and the reason. Names, titles and reasons come from people, so they are persons and user text.
/// </summary>
public static class AuditViews
{
    public static Reply Listed(AuditListed listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        if (listed.Entries.Count == 0)
        {
            return new Reply(ViewLine.Of(new TextPart("The audit log here is empty: no moderator action is recorded yet.")));
        }

        var count = listed.Entries.Count;
        List<ViewLine> lines = [ViewLine.Of($"The last {count} moderator actions here, newest first (at most {listed.Limit}):")];
        lines.AddRange(listed.Entries.Select(Line));
        return new Reply(lines);
    }

    public static ViewLine Line(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parts = new List<ViewPart> { new InstantPart(entry.At, InstantStyle.DateTime), new TextPart(" — ") };
        parts.Add(entry.By is { } by ? new PersonPart(by) : new TextPart("Someone"));
        parts.Add(new TextPart(" " + What(entry.Action)));
        if (entry.Subject is { } subject)
        {
            parts.Add(new TextPart(" "));
            parts.Add(new PersonPart(subject));
        }

        if (entry.Detail is { Length: > 0 } detail)
        {
            parts.Add(new TextPart(": "));
            parts.Add(new UserTextPart(detail));
        }

        if (entry.Reason is { Length: > 0 } reason)
        {
            parts.Add(new TextPart(" — reason: "));
            parts.Add(new UserTextPart(reason));
        }

        return new ViewLine(parts);
    }

    /// <summary>The verb phrase; the subject, when there is one, follows it.</summary>
    private static string What(AuditAction action) => action switch
    {
        AuditAction.Kick => "kicked",
        AuditAction.Ban => "banned",
        AuditAction.Unban => "unbanned",
        AuditAction.Lock => "locked the session",
        AuditAction.Unlock => "unlocked the session",
        AuditAction.EndByModerator => "ended the session hosted by",
        AuditAction.HostHandOver => "handed the host role to",
        AuditAction.SettingsChanged => "changed the settings",
        AuditAction.ModeratorAdded => "made a moderator:",
        AuditAction.ModeratorRemoved => "removed as a moderator:",
        AuditAction.ForgetMe => "asked WatchBot to forget them (/watch forget-me)",
        _ => action.ToString(),
    };
}
