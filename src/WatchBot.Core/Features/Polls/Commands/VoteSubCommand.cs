using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Polls.Commands;

/// <summary><c>/watch vote n:2</c> (on Discord <c>/watch poll vote</c>): vote, or change your vote, until the poll closes.</summary>
internal sealed class VoteSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "vote",
        "vote in the movie poll by number (you can change it until it closes)",
        "/watch vote n:2",
        [new("n", OptionKind.Text, "The nomination's number") { Required = true, MaxLength = 3 }],
        values => PollSubCommand.TryNumber(values.Text("n"), out var n)
            ? ParseResult.Success(new VoteCommand(n))
            : values.Failure("/watch vote needs n: (the nomination's number, as the poll lists them)."))
    {
        Positional = "n",
        Order = 39,
        Under = "poll",
    };
}
