using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary><c>/watch skip</c>: skip the next occurrence of the channel's repeating movie night.</summary>
internal sealed class SkipSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "skip",
        "skip the next occurrence of a repeating movie night (host or moderators)",
        "/watch skip title:\"Friday Film Club\"",
        [new("title", OptionKind.Text, "Which repeating movie night (default: the channel's only one)") { MaxLength = 100 }],
        values => ParseResult.Success(new SkipCommand(CancelSubCommand.Blank(values.Text("title")))))
    {
        Positional = "title",
        Order = 26,
        Under = "booking",
    };
}
