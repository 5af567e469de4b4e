using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;
using WatchBot.Slack.Rendering;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// Who moderates on Slack: <c>Slack:Moderators</c> plus those an existing moderator added with
/// <c>/watch mod add user:@name</c> (stored per workspace). Workspace admins cannot be known without
/// extra scopes, which WatchBot does not ask for. The <c>mod</c> sub-command lives here, at the
/// Slack edge, because the session rules have no notion of it.
/// </summary>
internal sealed partial class SlackModerators(IOptions<SlackOptions> options, ISpaceModerators stored, ILogger<SlackModerators> logger)
{
    private const string Example = "/watch mod add user:@name";

    public static bool IsModCommand(string text) => ModWord().IsMatch(text);

    public async Task<bool> IsModeratorAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        options.Value.Moderators.Contains(userId, StringComparer.Ordinal)
        || await stored.IsModeratorAsync(SlackPlatform.Name, teamId, userId, cancellationToken);

    /// <summary>Handles <c>mod add|remove|list</c>; the answer is for the sender only.</summary>
    public async Task<string> HandleAsync(string teamId, string userId, bool isModerator, string text, CancellationToken cancellationToken)
    {
        if (!isModerator)
        {
            return "Sorry — only a moderator can change or list moderators. Ask one of them, or the person who runs WatchBot (Slack:Moderators).";
        }

        var match = ModCommand().Match(text);
        if (!match.Success)
        {
            return $"Sorry — I did not understand that. Try: `{Example}`, `/watch mod remove user:@name` or `/watch mod list`.";
        }

        var verb = match.Groups["verb"].Value.ToLowerInvariant();
        if (verb == "list")
        {
            var configured = options.Value.Moderators;
            var added = await stored.ListAsync(SlackPlatform.Name, teamId, cancellationToken);
            return "Moderators: " + string.Join(", ", configured.Select(Code).Concat(added.Select(Code)).DefaultIfEmpty("none"))
                + " (configured in Slack:Moderators, or added with `/watch mod add`).";
        }

        if (!match.Groups["user"].Success)
        {
            return $"Sorry — say who, with an @-mention so Slack fills in their id. Try: `{Example}`";
        }

        var target = match.Groups["user"].Value;
        if (verb == "add")
        {
            await stored.AddAsync(SlackPlatform.Name, teamId, target, userId, cancellationToken);
            Log.ModeratorChanged(logger, "added", teamId, userId);
            return $"{Code(target)} is now a moderator here.";
        }

        if (options.Value.Moderators.Contains(target, StringComparer.Ordinal))
        {
            return $"Sorry — {Code(target)} is configured in Slack:Moderators; remove them there.";
        }

        await stored.RemoveAsync(SlackPlatform.Name, teamId, target, cancellationToken);
        Log.ModeratorChanged(logger, "removed", teamId, userId);
        return $"{Code(target)} is no longer a moderator here.";
    }

    // Ids are shown as code, not as <@U…> mentions: an answer about moderators should not notify anyone.
    private static string Code(string id) => "`" + SlackText.Escape(id) + "`";

    [GeneratedRegex(@"^mod(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModWord();

    // With should_escape on (see the manifest) Slack turns "@name" into "<@U123|name>".
    [GeneratedRegex(@"^mod\s+(?<verb>add|remove|list)(\s+(user:)?<@(?<user>[UW][A-Z0-9]{2,30})(\|[^>]*)?>)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModCommand();
}
