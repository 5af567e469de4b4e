
namespace WatchBot.Core.Features.Moderation.Views;

/// <summary>
/// The sentences of the moderator answers, shared by every renderer; each passes how it shows a
/// person's id (plain in the shell, as code on Discord and Slack) so no answer mentions anyone.
/// </summary>
public static class ModeratorWords
{
    public static string Changed(ModeratorChanged m, Func<string, string> person) => (m.Added, m.AlreadySo) switch
    {
        (true, false) => $"{person(m.UserId)} is now a moderator here.",
        (true, true) => $"Nothing to do: {person(m.UserId)} is already a moderator here{(m.BuiltIn is null ? "" : " (" + m.BuiltIn + ")")}.",
        (false, false) => $"{person(m.UserId)} is no longer a moderator here.",
        (false, true) => $"Nothing to do: {person(m.UserId)} is not a moderator added with /watch mod add.",
    };

    public static string Listed(ModeratorsListed l, Func<string, string> person)
    {
        var configured = l.Configured.Count == 0 ? "" : "configured: " + string.Join(", ", l.Configured.Select(person)) + "; ";
        var added = l.Added.Count == 0 ? "none added with /watch mod add" : "added with /watch mod add: " + string.Join(", ", l.Added.Select(person));
        return $"Moderators here — {configured}{added}. Moderators are {l.WhoModerates}.";
    }
}
