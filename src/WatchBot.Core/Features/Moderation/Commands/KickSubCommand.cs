using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary><c>/watch kick user:@x</c>: moderators remove a person from the live session.</summary>
internal sealed class KickSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "kick",
        "moderators only: remove someone from the live session (user:)",
        "/watch kick user:@bob",
        [new("user", OptionKind.User, "Who to remove from the session") { Required = true }],
        values => string.IsNullOrWhiteSpace(values.Text("user"))
            ? values.Failure("/watch kick needs user: (who, as an @-mention).", "/watch kick user:@bob")
            : ParseResult.Success(new KickCommand(values.Text("user")!.Trim())))
    {
        Positional = "user",
        Order = 101,
        Under = "mod",
    };
}
