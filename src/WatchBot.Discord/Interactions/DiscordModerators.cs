using System.Text.RegularExpressions;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// How Discord names people for <c>/watch mod</c> (the USER option's snowflake) and who moderates
/// without being added: members with Manage Server or Manage Events, or a role in
/// <c>Discord:ModeratorRoleIds</c>, as Discord resolved them for this one interaction: the sender
/// (always) and the members its user option names. These are Discord's facts for the engine's
/// standing service; it decides.
/// </summary>
internal sealed partial class DiscordModerators(
    DiscordOptions options, IReadOnlyDictionary<string, InteractionMember> resolved, InteractionMember sender) : IPlatformModerators
{
    public string WhoModerates =>
        "members with Manage Server or Manage Events, members with a role in Discord:ModeratorRoleIds, and those added with /watch mod add";

    public string HowToName => "the user option (pick them from the list)";

    // Permission and role moderators cannot be listed without reading every member, which WatchBot does not do.
    public IReadOnlyList<string> Configured => [];

    public string? ReadUserId(string typed)
    {
        var match = Snowflake().Match(typed.Trim());
        return match.Success ? match.Groups["id"].Value : null;
    }

    public string? BuiltInReason(string userId)
    {
        var member = userId == sender.UserId ? sender : resolved.GetValueOrDefault(userId);
        if (member is null)
        {
            return null;
        }

        if (member.CanManage)
        {
            return "the Manage Server or Manage Events permission in Discord";
        }

        return member.RoleIds.Any(options.ModeratorRoleIds.Contains) ? "a role in Discord:ModeratorRoleIds" : null;
    }

    public bool IsAdministrator(string userId) =>
        (userId == sender.UserId ? sender : resolved.GetValueOrDefault(userId)) is { IsAdministrator: true };

    [GeneratedRegex(@"^(?:<@!?(?<id>\d{15,21})>|(?<id>\d{15,21}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Snowflake();
}
