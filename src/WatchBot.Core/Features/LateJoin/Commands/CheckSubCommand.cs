using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.LateJoin.Commands;

/// <summary>
/// <c>/watch check at:1:02:03</c> (<c>/watch sync check</c> on Discord): how far your player is from the
/// shared clock. Read as free text, not a <see cref="OptionKind.Position"/>: a player's reading may carry
/// tenths (<c>1:02:03.5</c>), and a move (<c>+30s</c>) means nothing here.
/// </summary>
internal sealed class CheckSubCommand : ISubCommandDeclaration
{
    public const string Example = "/watch check at:1:02:03";

    public SubCommand SubCommand { get; } = new(
        "check",
        "how far your player is from everyone's",
        Example,
        [new("at", OptionKind.Text, "What your player shows now: 1:02:03") { Required = true, MaxLength = 20 }],
        values => PlayerReading.TryParse(values.Text("at") ?? "", out var at)
            ? ParseResult.Success(new CheckCommand(at))
            : values.Failure(
                $"I can't read \"{Excerpt.Of(values.Text("at") ?? "")}\" as a player position. Type what your player shows: 1:02:03, 62:03, 1:02:03.5 or 3723 seconds."))
    {
        Positional = "at",
        Order = 84,
        Under = "sync",
    };
}
