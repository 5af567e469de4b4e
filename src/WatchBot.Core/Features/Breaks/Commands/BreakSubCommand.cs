using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Breaks.Commands;

/// <summary>
/// <c>/watch break</c> and <c>/watch break approve</c>: one top-level entry, the verb a positional
/// choice (an optional option on Discord), so breaks cost one of Discord's 25 sub-commands.
/// </summary>
internal sealed class BreakSubCommand : ISubCommandDeclaration
{
    public const string ApproveWord = "approve";

    public SubCommand SubCommand { get; } = new(
        "break",
        "ask for a break; the host or a mod can approve",
        "/watch break",
        [
            new("do", OptionKind.Choice, "approve: pause for the break (host, mods)")
            {
                Choices = [new(ApproveWord, ApproveWord)],
            },
        ],
        Build)
    {
        Positional = "do",
        Order = 45,
    };

    private static ParseResult Build(OptionValues values) =>
        values.Choice("do", out var verb) is { } bad ? bad : ParseResult.Success(new BreakCommand(verb == ApproveWord));
}
