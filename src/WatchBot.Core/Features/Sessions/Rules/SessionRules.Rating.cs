using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions.Rules;

// Age-restricted titles (rated:18): only in a channel that is itself age-restricted. The answer is
// private (a refusal is a reply), so nobody else learns what was asked for.
public static partial class SessionRules
{
    /// <summary>The platform whose channels carry their own age-restricted flag.</summary>
    private const string FlaggingPlatform = "discord";

    /// <summary>
    /// Null when <paramref name="context"/>'s channel may hold an age-restricted title; else the refusal,
    /// saying what to do, with <paramref name="withoutRating"/> (the command without rated:18) as the example.
    /// </summary>
    internal static Decision? RefuseAdult(CommandContext context, string withoutRating)
    {
        if (context.ChannelAgeRestricted)
        {
            return null;
        }

        return context.Channel.Platform == FlaggingPlatform
            ? Decision.Refuse(
                "rated:18 titles are for age-restricted channels only, and this one is not. "
                + "Use an age-restricted channel (a channel whose settings have Age-Restricted Channel on; a thread follows its channel), or leave rated:18 out.",
                withoutRating)
            : Decision.Refuse(
                "rated:18 titles are for age-restricted channels only, and this one is not marked. "
                + "Use a channel marked age-restricted, or ask a moderator to mark this one with /watch settings age-restricted:on, or leave rated:18 out.",
                withoutRating);
    }

    /// <summary>A recurring movie night cannot carry the rating to its occurrences yet: said plainly rather than lost.</summary>
    private static Decision AdultSeriesNotYet() =>
        Decision.Refuse(
            "rated:18 works for one booking, not yet for a repeating movie night. Book each night with rated:18, or leave repeat: out.",
            "/watch schedule title:\"Alien\" at:\"friday 9pm\" rated:18");
}
