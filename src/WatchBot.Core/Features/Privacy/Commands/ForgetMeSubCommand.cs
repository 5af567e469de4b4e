using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Privacy.Commands;

/// <summary>
/// <c>/watch forget-me [confirm:yes]</c>: a typed confirmation rather than a button, so the same
/// words work in the shell, Slack and Discord, and nothing is deleted by a stray click.
/// </summary>
internal sealed class ForgetMeSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "forget-me",
        "delete what WatchBot stores about you here (asks first; confirm:yes deletes)",
        "/watch forget-me confirm:yes",
        [
            new("confirm", OptionKind.Choice, "yes: delete now (without it you are only told what would be deleted)")
            {
                Choices = [new("yes", "yes: delete what WatchBot stores about me here")],
            },
        ],
        values => values.Choice("confirm", out var confirm) ?? ParseResult.Success(new ForgetMeCommand(confirm == "yes")))
    {
        Positional = "confirm",
        Order = 131,
        Under = "me",
    };
}
