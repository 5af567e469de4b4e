using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary><c>/watch host user:@x</c>: the host or a moderator hands the host role over.</summary>
internal sealed class HostSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "host",
        "host or moderators: hand the host role of the live session to someone (user:)",
        "/watch host user:@bob",
        [new("user", OptionKind.User, "Who hosts from now on") { Required = true }],
        values => string.IsNullOrWhiteSpace(values.Text("user"))
            ? values.Failure("/watch host needs user: (who, as an @-mention).", "/watch host user:@bob")
            : ParseResult.Success(new HostCommand(values.Text("user")!.Trim())))
    {
        Positional = "user",
        Order = 106,
        Under = "mod",
    };
}
