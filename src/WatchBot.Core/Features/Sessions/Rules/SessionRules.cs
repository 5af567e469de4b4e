using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

/// <summary>
/// The session state machine: <c>Decide(context, command) → Decision</c>. Pure: no I/O, no clock, no
/// logger; "now" and the new id come in through the context. A command that cannot apply is a
/// refusal to the sender, and a command that already holds re-sends the current state.
/// </summary>
public static partial class SessionRules
{
    private const string StartExample = "/watch start title:\"The Matrix\"";

    /// <summary>The session feature's command rules: one per command type it owns.</summary>
    public static CommandRules Commands { get; } = new(Registrations());

    /// <summary>Decides <paramref name="command"/> through every channel feature's rules (<see cref="ChannelRules"/>).</summary>
    public static Decision Decide(CommandContext context, WatchCommand command) => ChannelRules.Decide(context, command);

    /// <summary>
    /// Runs <paramref name="decide"/> on the live session after the checks every playback command
    /// shares: there is one, the space lets the sender do <paramref name="action"/> (control when
    /// <paramref name="controlVerb"/> is set), and (for <paramref name="controlVerb"/>) the sender may drive it.
    /// </summary>
    private static Decision WithLive(CommandContext context, string? controlVerb, Func<WatchSession, Decision> decide, SpaceAction? action = null)
    {
        if (context.Live is not { } live)
        {
            var next = context.Upcoming.Count > 0 ? $" The next one here is \"{context.Upcoming[0].Title}\"." : "";
            return Decision.Refuse($"No session is running in this channel.{next}", StartExample);
        }

        // Checked on the session as it was: sending this command must not make someone a participant.
        if ((action ?? (controlVerb is null ? null : SpaceAction.Control)) is { } checkedAction
            && Permissions.May(context, checkedAction, live) is { } refusal)
        {
            return Decision.Refuse(refusal, "/watch settings");
        }

        if (controlVerb is not null && !ControlPermissions.MayControl(live, context.Actor))
        {
            return Decision.Refuse(ControlPermissions.WhoMay(live, controlVerb), "/watch status");
        }

        // Everyone who gets a command accepted has taken part: the recap counts them. Added before
        // deciding so an ending's recap includes whoever ended it; a refusal saves nothing.
        return decide(live.WithParticipant(context.Actor.User));
    }

    private static StatusReport Status(CommandContext context) =>
        new(context.Live, context.Live?.PositionAt(context.Now), context.Upcoming, context.Now);
}
