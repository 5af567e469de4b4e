using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// Who may do what in a space, pure: the space's <see cref="SpaceSettings.Permissions"/> (or the
/// built-in default, which is today's behaviour: everyone, the session's own control policy deciding
/// the rest) and its <see cref="SpaceSettings.ControlFallsAbove"/>. Moderators are in every audience.
/// A session's <see cref="ControlPolicy"/> is checked by the session rules after this: a host narrows
/// within the space's settings, never widens.
/// </summary>
public static class Permissions
{
    /// <summary>What an action is open to when the space set nothing: everyone (the session's policy narrows control and end).</summary>
    public static Audience Default(SpaceAction action) => Audience.Everyone;

    /// <summary>The audience the space set for <paramref name="action"/>, or its default.</summary>
    public static Audience Of(SpaceSettings space, SpaceAction action)
    {
        ArgumentNullException.ThrowIfNull(space);
        return space.Permissions.TryGetValue(action, out var set) ? set : Default(action);
    }

    /// <summary>
    /// The audience that applies to <paramref name="action"/> on <paramref name="session"/>: for
    /// playback control above the space's threshold of participants, at most the host and moderators.
    /// </summary>
    public static Audience Effective(SpaceSettings space, SpaceAction action, WatchSession? session)
    {
        var audience = Of(space, action);
        return FallsToHost(space, action, session) && audience < Audience.HostAndModerators ? Audience.HostAndModerators : audience;
    }

    /// <summary>True when <paramref name="session"/> has more participants than the space lets control stay open to.</summary>
    public static bool ControlFallen(SpaceSettings space, WatchSession session) => FallsToHost(space, SpaceAction.Control, session);

    /// <summary>
    /// Null when the sender may do <paramref name="action"/> on <paramref name="session"/> (null: no
    /// session concerned, as for start); otherwise the refusal, saying who may.
    /// </summary>
    public static string? May(CommandContext context, SpaceAction action, WatchSession? session)
    {
        ArgumentNullException.ThrowIfNull(context);
        var audience = Effective(context.Space, action, session);
        return Includes(audience, context.Actor, session) ? null : Refusal(context.Space, action, audience, session);
    }

    /// <summary>Whether <paramref name="actor"/> is in <paramref name="audience"/> for <paramref name="session"/>.</summary>
    public static bool Includes(Audience audience, Actor actor, WatchSession? session)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsModerator || audience == Audience.Everyone)
        {
            return true;
        }

        var isHost = session is not null && session.Host.Key == actor.User.Key;
        return audience switch
        {
            Audience.Participants => isHost || (session is not null && session.Participants.Any(p => p.Key == actor.User.Key)),
            Audience.HostAndModerators => isHost,
            _ => false,
        };
    }

    private static bool FallsToHost(SpaceSettings space, SpaceAction action, WatchSession? session) =>
        action == SpaceAction.Control && session is not null && space.ControlFallsAbove is { } limit && session.Participants.Count > limit;

    private static string Refusal(SpaceSettings space, SpaceAction action, Audience audience, WatchSession? session)
    {
        var who = PermissionWords.Who(audience, session);
        var what = PermissionWords.Verb(action);
        var fallen = session is not null && FallsToHost(space, action, session) && Of(space, action) < Audience.HostAndModerators
            ? $" With more than {space.ControlFallsAbove} people watching, playback control falls to them."
            : "";
        return $"Only {who} can {what} here.{fallen} Moderators set this with /watch settings.";
    }
}
