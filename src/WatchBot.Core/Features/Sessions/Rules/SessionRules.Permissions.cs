using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// Creating a session under the space's permissions: who may start, and a control policy the host
// may only narrow within the space's control setting, never widen (refused, not capped: the card
// would otherwise show a policy that does not apply).
public static partial class SessionRules
{
    private static Decision? RefuseByPermissions(CommandContext context, ControlPolicy? policy)
    {
        if (Permissions.May(context, SpaceAction.Start, null) is { } refusal)
        {
            return Decision.Refuse(refusal, "/watch settings");
        }

        var space = Permissions.Of(context.Space, SpaceAction.Control);
        if (policy is { } typed && !Fits(typed, space))
        {
            var allowed = space switch
            {
                Audience.Moderators => "leave control: out (only moderators control playback here)",
                _ => "type control:host or control:mods",
            };
            return InvalidValue(
                $"Playback control here is set to {PermissionWords.Described(space)}: a session can narrow that, not widen it. {char.ToUpperInvariant(allowed[0])}{allowed[1..]}.",
                "/watch settings");
        }

        return null;
    }

    /// <summary>Whether a session's policy stays within the space's control audience.</summary>
    private static bool Fits(ControlPolicy policy, Audience space) => space switch
    {
        Audience.Everyone => true,
        Audience.Participants or Audience.HostAndModerators => policy != ControlPolicy.Everyone,
        _ => false,
    };
}
