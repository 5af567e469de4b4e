using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Sessions.Commands;

/// <summary><c>/watch react</c>: a reaction at the current moment.</summary>
internal sealed class ReactSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "react",
        "react at the current moment",
        "/watch react emoji:😂 note:\"that face\"",
        [
            new("emoji", OptionKind.Emoji, "The reaction, e.g. 😂") { Required = true },
            new("note", OptionKind.Text, "A short note") { MaxLength = 200 },
        ],
        values => ParseResult.Success(new ReactCommand(values.Text("emoji")!, values.Text("note"))))
    {
        Positional = "emoji",
        Order = 70,
    };
}
