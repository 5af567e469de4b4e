using WatchBot.Core.Views;

namespace WatchBot.Core.Features.Moderation.Views;

/// <summary>
/// The answers to <c>/watch mod add|remove|list</c>. A person is named by id as code text, never as a
/// person or a mention: an answer about moderators must not notify anyone.
/// </summary>
public static class ModeratorReplies
{
    public static Reply Changed(ModeratorChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var who = Id(changed.UserId);
        return new Reply((changed.Added, changed.AlreadySo) switch
        {
            (true, false) => ViewLine.Of($"{who} is now a moderator here."),
            (true, true) when changed.BuiltIn is { } builtIn => ViewLine.Of($"Nothing to do: {who} is already a moderator here ({builtIn})."),
            (true, true) => ViewLine.Of($"Nothing to do: {who} is already a moderator here."),
            (false, false) => ViewLine.Of($"{who} is no longer a moderator here."),
            (false, true) => ViewLine.Of($"Nothing to do: {who} is not a moderator added with /watch mod add."),
        });
    }

    public static Reply Listed(ModeratorsListed listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var parts = new List<ViewPart> { new TextPart("Moderators here — ") };
        if (listed.Configured.Count > 0)
        {
            parts.Add(new TextPart("configured: "));
            AddIds(parts, listed.Configured);
            parts.Add(new TextPart("; "));
        }

        if (listed.Added.Count == 0)
        {
            parts.Add(new TextPart("none added with /watch mod add"));
        }
        else
        {
            parts.Add(new TextPart("added with /watch mod add: "));
            AddIds(parts, listed.Added);
        }

        // Who moderates may name roles, which people named: user text.
        parts.AddRange(ViewLine.Of($". Moderators are {listed.WhoModerates}.").Parts);
        return new Reply(new ViewLine(parts));
    }

    private static UserTextPart Id(string id) => new(id, TextStyle.Code);

    private static void AddIds(List<ViewPart> parts, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0)
            {
                parts.Add(new TextPart(", "));
            }

            parts.Add(Id(ids[i]));
        }
    }
}
