using System.Text.Json;
using WatchBot.Discord.Rest;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// Who sent an interaction. In a guild Discord always sends <c>member</c> with its <c>user</c>;
/// elsewhere a top-level <c>user</c>. Any other shape (a member without a user, a guild interaction
/// without a member) is refused: taking the top-level <c>user</c> instead would act for someone the
/// member data does not describe.
/// </summary>
internal static class InteractionSender
{
    public static bool TryRead(JsonElement json, bool inGuild, out InteractionMember? sender, out string reason)
    {
        sender = null;
        reason = "";
        var hasMember = json.TryGetProperty("member", out var member) && member.ValueKind != JsonValueKind.Null;
        if (hasMember)
        {
            if (member.ValueKind != JsonValueKind.Object || !member.TryGetProperty("user", out var user) || user.ValueKind != JsonValueKind.Object)
            {
                reason = "member without user";
                return false;
            }

            if (!TryRoles(member, out var roles) || !TryUser(user, Interaction.Permissions(Interaction.Str(member, "permissions")), roles, out sender))
            {
                reason = "member user or role id malformed";
                return false;
            }

            return true;
        }

        if (inGuild)
        {
            reason = "guild interaction without member";
            return false;
        }

        if (json.TryGetProperty("user", out var dmUser) && dmUser.ValueKind != JsonValueKind.Null
            && (dmUser.ValueKind != JsonValueKind.Object || !TryUser(dmUser, 0, [], out sender)))
        {
            reason = "user id malformed";
            return false;
        }

        return true;
    }

    private static bool TryRoles(JsonElement member, out List<string> roles)
    {
        roles = [];
        if (!member.TryGetProperty("roles", out var r) || r.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (r.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var role in r.EnumerateArray())
        {
            if (role.ValueKind != JsonValueKind.String || !Snowflake.TryParse(role.GetString(), out var id))
            {
                return false;
            }

            roles.Add(id.ToString());
        }

        return true;
    }

    private static bool TryUser(JsonElement user, ulong permissions, IReadOnlyList<string> roles, out InteractionMember? sender)
    {
        sender = null;
        if (!Snowflake.TryParse(Interaction.Str(user, "id"), out var id))
        {
            return false;
        }

        var userId = id.ToString();
        var name = Interaction.Str(user, "global_name") ?? Interaction.Str(user, "username") ?? userId;
        sender = new InteractionMember(userId, name, permissions, roles);
        return true;
    }
}
