using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary>The options several session sub-commands share, declared once.</summary>
internal static class SessionCommandOptions
{
    public static readonly CommandOption Title = new("title", OptionKind.Text, "What you are watching") { MaxLength = 100 };

    public static readonly CommandOption Runtime = new("runtime", OptionKind.Duration, "Length of the film, e.g. 2h16m");

    public static readonly CommandOption Countdown = new("in", OptionKind.Duration, "Countdown, e.g. 10s or 1m");

    public static readonly CommandOption Control = new("control", OptionKind.Choice, "Who may pause and seek")
    {
        Choices =
        [
            new("mods", "host and moderators") { Aliases = ["moderators", "host-and-moderators"] },
            new("everyone", "everyone") { Aliases = ["all"] },
            new("host", "host only") { Aliases = ["host-only"] },
        ],
    };

    /// <summary><c>rated:18</c>: an age-restricted title, allowed only in an age-restricted channel.</summary>
    public static readonly CommandOption Rated = new("rated", OptionKind.Choice, "18: an age-restricted title (age-restricted channels only)")
    {
        Choices = [new("18", "18+ only") { Aliases = ["18+", "adult"] }],
    };

    /// <summary><c>adult:yes</c>: the same as <see cref="Rated"/>, for those who think of it as a yes.</summary>
    public static readonly CommandOption AdultFlag = new("adult", OptionKind.Choice, "yes: an age-restricted title, like rated:18")
    {
        Choices = [new("yes", "adults only") { Aliases = ["true", "on"] }, new("no", "everyone") { Aliases = ["false", "off"] }],
    };

    /// <summary>Whether <see cref="Rated"/> or <see cref="AdultFlag"/> asks for an age-restricted title.</summary>
    public static ParseResult? ReadAdult(OptionValues values, out bool adult)
    {
        var ratedFailure = values.Choice(Rated.Name, out var rated);
        var flagFailure = values.Choice(AdultFlag.Name, out var flag);
        adult = rated == "18" || flag == "yes";
        return ratedFailure ?? flagFailure;
    }

    /// <summary>The policy a <see cref="Control"/> value names; null when absent.</summary>
    public static ParseResult? Policy(OptionValues values, out ControlPolicy? policy)
    {
        var failure = values.Choice(Control.Name, out var value);
        policy = value switch
        {
            "host" => ControlPolicy.HostOnly,
            "mods" => ControlPolicy.HostAndModerators,
            "everyone" => ControlPolicy.Everyone,
            _ => null,
        };
        return failure;
    }
}
