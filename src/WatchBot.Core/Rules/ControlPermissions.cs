using WatchBot.Core.Sessions;

namespace WatchBot.Core.Rules;

/// <summary>Who may drive a session's playback, and how to say who may when someone may not.</summary>
public static class ControlPermissions
{
    public static bool MayControl(WatchSession session, Actor actor) => session.Policy switch
    {
        ControlPolicy.Everyone => true,
        ControlPolicy.HostAndModerators => IsHost(session, actor) || actor.IsModerator,
        _ => IsHost(session, actor),
    };

    /// <summary>
    /// Ending is a moderation tool as well as playback: moderators may always end a session, whatever
    /// its control policy, so a host who walks away cannot leave a channel occupied.
    /// </summary>
    public static bool MayEnd(WatchSession session, Actor actor) => actor.IsModerator || MayControl(session, actor);

    /// <summary>"Only the host (alice) and moderators can pause this session."</summary>
    public static string WhoMay(WatchSession session, string verb) => session.Policy switch
    {
        ControlPolicy.HostOnly => $"Only the host ({session.Host.DisplayName}) can {verb} this session.",
        _ => $"Only the host ({session.Host.DisplayName}) and moderators can {verb} this session.",
    };

    private static bool IsHost(WatchSession session, Actor actor) => session.Host.Key == actor.User.Key;
}
