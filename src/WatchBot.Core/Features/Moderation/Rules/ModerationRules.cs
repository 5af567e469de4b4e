using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Moderation.Rules;

/// <summary>
/// Moderating the live session: kick, lock and unlock, host hand-over. Pure like the session rules;
/// each decision carries its <see cref="Decision.Audit"/> entry. <see cref="Gate"/> applies a kick and
/// a lock to every other feature's commands before they are decided.
/// </summary>
public static partial class ModerationRules
{
    private const string StatusExample = "/watch status";

    /// <summary>Every command rule the feature owns.</summary>
    internal static IEnumerable<ICommandRule> Registrations() =>
    [
        CommandRule.For<KickCommand>(Kick),
        CommandRule.For<LockCommand>(Lock),
        CommandRule.For<HostCommand>(HandOver),
    ];

    /// <summary>The live session a moderation command acts on, or the refusal when there is none.</summary>
    private static Decision? NoLive(CommandContext context, out WatchSession live)
    {
        live = context.Live!;
        return context.Live is null ? Decision.Refuse("No session is running in this channel.", StatusExample) : null;
    }

    /// <summary>The person a command names, as the session knows them (their display name) when it does.</summary>
    private static UserRef Known(WatchSession live, Actor target) =>
        live.Participants.Find(p => p.Key == target.User.Key) ?? (live.Host.Key == target.User.Key ? live.Host : target.User);

    private static AuditEntry Entry(CommandContext context, AuditAction action, UserRef? subject, WatchSession live) =>
        new(context.Channel.Platform, context.Channel.SpaceId, context.Now, action, context.Actor.User, subject, live.Title);

    private static bool IsHost(WatchSession live, Actor actor) => live.Host.Key == actor.User.Key;
}
