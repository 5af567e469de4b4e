using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;

namespace WatchBot.Slack.Inbound;

/// <summary>
/// Who moderates on Slack: <c>Slack:Moderators</c> plus those an existing moderator added with
/// <c>/watch mod add user:@name</c> (stored per workspace). Workspace admins cannot be known without
/// extra scopes, which WatchBot does not ask for. The command itself is the engine's
/// (<see cref="WatchBot.Engine.Moderation.ModeratorService"/>); this says how Slack names people.
/// </summary>
internal sealed partial class SlackModerators(IOptions<SlackOptions> options) : IPlatformModerators
{
    public string WhoModerates => "the people in Slack:Moderators and those they added with /watch mod add";

    public string HowToName => "an @-mention (user:@name), so Slack fills in their member id";

    public IReadOnlyList<string> Configured => [.. options.Value.Moderators];

    /// <summary>
    /// With <c>should_escape</c> on (see the manifest) Slack turns "@name" into <c>&lt;@U123|name&gt;</c>;
    /// a bare member id is taken too. Anything else (a plain "@name") names no one we can check.
    /// </summary>
    public string? ReadUserId(string typed)
    {
        var match = Mention().Match(typed.Trim());
        return match.Success ? match.Groups["id"].Value : null;
    }

    public string? BuiltInReason(string userId) =>
        options.Value.Moderators.Contains(userId, StringComparer.Ordinal) ? "Slack:Moderators in WatchBot's configuration" : null;

    [GeneratedRegex(@"^(?:<@(?<id>[UW][A-Z0-9]{2,30})(?:\|[^>]*)?>|(?<id>[UW][A-Z0-9]{2,30}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
