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
