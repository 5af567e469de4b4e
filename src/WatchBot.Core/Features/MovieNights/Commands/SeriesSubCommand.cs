using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.MovieNights.Commands;

/// <summary>
/// <c>/watch series</c> lists the channel's repeating movie nights (privately); <c>/watch series end</c>
/// ends one. A positional choice rather than a verb group, so plain <c>/watch series</c> lists and
/// <c>title:</c> stays optional on Discord too.
/// </summary>
internal sealed class SeriesSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "series",
        "list the repeating movie nights here, or end one (series end; host or moderators)",
        "/watch series end title:\"Friday Film Club\"",
        [
            new("action", OptionKind.Choice, "list (default) or end")
            {
                Choices =
                [
                    new("list", "list them") { Aliases = ["ls"] },
                    new("end", "end one: no more occurrences") { Aliases = ["stop"] },
                ],
            },
            new("title", OptionKind.Text, "Which one (default: the channel's only one)") { MaxLength = 100 },
        ],
        Build)
    {
        Positional = "action",
        Order = 28,
    };

    private static ParseResult Build(OptionValues values) =>
        values.Choice("action", out var action)
        ?? ParseResult.Success(new SeriesCommand(action == "end" ? SeriesVerb.End : SeriesVerb.List, CancelSubCommand.Blank(values.Text("title"))));
}
