using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.LateJoin.Rules;

/// <summary>
/// Joining late and checking drift: answers for the sender alone, computed from the shared clock at
/// the command's arrival (<see cref="CommandContext.Now"/>). Joining makes the person a participant
/// (the recap counts them), so it passes the same doors as taking part: not kicked, not locked out.
/// </summary>
public static class LateJoinRules
{
    /// <summary>
    /// Time to find the player and seek before pressing play. The press instant is the first whole
    /// second after it, so the countdown is 5 to 6 seconds.
    /// </summary>
    public static readonly TimeSpan Lead = TimeSpan.FromSeconds(5);

    internal static IEnumerable<ICommandRule> Registrations() =>
    [
        CommandRule.For<JoinCommand>((context, _) => Join(context)),
        CommandRule.For<CheckCommand>(Check),
    ];

    private static Decision Join(CommandContext context)
    {
        if (NoLive(context, "nothing to join yet") is { } none)
        {
            return none;
        }

        var live = context.Live!;
        var user = context.Actor.User;
        var taking = live.Participants.Exists(p => p.Key == user.Key);
        if (live.Kicked.Contains(user.Key))
        {
            return Decision.Refuse(
                $"A moderator removed you from \"{live.Title}\", so you can't join it. Ask a moderator if you think this is a mistake.",
                "/watch status");
        }

        if (live.Locked && !taking)
        {
            return Decision.Refuse(
                $"\"{live.Title}\" is locked: only people already taking part can join. The host ({live.Host.DisplayName}) or a moderator can /watch unlock it.",
                "/watch status");
        }

        Notice reply;
        if (!live.Clock.IsRunning)
        {
            reply = new JoinWhilePaused(live, live.PositionAt(context.Now));
        }
        else if (JoinPlan.For(live.Clock, context.Now, Lead) is { } plan)
        {
            reply = new JoinCountdown(live, plan, context.Now, plan.IsStartOf(live.Clock));
        }
        else
        {
            return Decision.Refuse($"\"{live.Title}\" reaches its end before you could join: nothing left to catch.", "/watch status");
        }

        // Saved only when it adds someone: a second join changes nothing.
        return new Decision { Next = taking ? null : live.WithParticipant(user), Reply = reply };
    }

    private static Decision Check(CommandContext context, CheckCommand command)
    {
        if (NoLive(context, "no shared clock to check your player against") is { } none)
        {
            return none;
        }

        var reading = DriftReading.Of(context.Live!, command.At, context.Now, Lead);
        return Decision.ReplyOnly(new DriftChecked(reading, context.Now));
    }

    /// <summary>
    /// Refused while nothing plays. The example is <c>/watch status</c>, not the command just typed:
    /// typing it again would get the same answer; status shows what is on and what is next.
    /// </summary>
    private static Decision? NoLive(CommandContext context, string nothing)
    {
        if (context.Live is not null)
        {
            return null;
        }

        var next = context.Upcoming.Count > 0 ? $" The next one here is \"{context.Upcoming[0].Title}\": use /watch join once it starts." : "";
        return Decision.Refuse($"No session is running in this channel, so there is {nothing}.{next}", "/watch status");
    }
}
