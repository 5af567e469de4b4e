using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Bans;

/// <summary>
/// Who may ban or unban whom, for every platform: moderators only; nobody themselves; a moderator
/// only by an administrator (Discord's Administrator permission, or <c>Moderation:Administrators</c>).
/// </summary>
public static class BanRules
{
    /// <summary>Null when <paramref name="actor"/> may ban <paramref name="targetId"/>; otherwise why not.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="targetId">Whom, as the platform's id.</param>
    /// <param name="targetModerates">Whether the target is a moderator here (stored, configured, or by a platform permission or role).</param>
    /// <param name="whoModerates">In words, who moderates here, for the refusal.</param>
    public static Refused? MayBan(Actor actor, string targetId, bool targetModerates, string whoModerates)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (MayModerate(actor, whoModerates) is { } notModerator)
        {
            return notModerator;
        }

        if (string.Equals(actor.User.Id, targetId, StringComparison.Ordinal))
        {
            return new Refused("you can't ban yourself.", null);
        }

        return targetModerates && !actor.IsAdministrator
            ? new Refused(
                $"{targetId} is a moderator here, and only an administrator can ban a moderator (Discord's Administrator permission, or someone listed in Moderation:Administrators).",
                null)
            : null;
    }

    /// <summary>Null when <paramref name="actor"/> may ban or unban at all (a moderator or an administrator); otherwise why not.</summary>
    public static Refused? MayModerate(Actor actor, string whoModerates)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsModerator || actor.IsAdministrator
            ? null
            : new Refused($"only a moderator can ban or unban. Moderators here are {whoModerates}; ask one of them.", null);
    }
}
