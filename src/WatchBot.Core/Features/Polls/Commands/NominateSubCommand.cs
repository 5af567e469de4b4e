using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Polls.Commands;

/// <summary><c>/watch nominate title:"…"</c> (on Discord <c>/watch poll nominate</c>): put a title forward.</summary>
internal sealed class NominateSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "nominate",
        "put a title forward in the movie poll (one each; again replaces yours)",
        "/watch nominate title:\"Alien\"",
        [new("title", OptionKind.Text, "The title you suggest") { Required = true, MaxLength = 100 }, SessionCommandOptions.Rated, SessionCommandOptions.AdultFlag],
        Build)
    {
        Positional = "title",
        Order = 38,
        Under = "poll",
    };

    private static ParseResult Build(OptionValues values)
    {
        if (string.IsNullOrWhiteSpace(values.Text("title")))
        {
            return values.Failure("/watch nominate needs title: (what you suggest watching).");
        }

        return SessionCommandOptions.ReadAdult(values, out var adult)
            ?? ParseResult.Success(new NominateCommand(values.Text("title")!.Trim()) { Adult = adult });
    }
}
