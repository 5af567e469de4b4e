using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary><c>/watch reminders off|on</c>: whether reminders mention you, in this whole server or workspace.</summary>
internal sealed class RemindersSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "reminders",
        "turn reminders of sessions you are going to off or on, for you only",
        "/watch reminders off",
        [
            new("state", OptionKind.Choice, "off or on")
            {
                Required = true,
                Choices =
                [
                    new("off", "off: no reminder mentions you") { Aliases = ["stop", "no", "false"] },
                    new("on", "on: reminders mention you when you are going") { Aliases = ["start", "yes", "true"] },
                ],
            },
        ],
        values => values.Choice("state", out var state) ?? ParseResult.Success(new RemindersCommand(state == "on")))
    {
        Positional = "state",
        Order = 36,
        Under = "me",
    };
}
