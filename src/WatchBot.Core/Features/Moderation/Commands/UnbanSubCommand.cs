using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary><c>/watch unban user:@x</c>: moderators only.</summary>
internal sealed class UnbanSubCommand : ISubCommandDeclaration
{
    public SubCommand SubCommand { get; } = new(
        "unban",
        "moderators only: lift someone's ban here",
        "/watch unban user:@bob",
        [new("user", OptionKind.User, "Who") { Required = true }],
        values => string.IsNullOrWhiteSpace(values.Text("user"))
            ? values.Failure("/watch unban needs user: (who, as an @-mention).")
            : ParseResult.Success(new UnbanCommand(values.Text("user")!.Trim())))
    {
        Positional = "user",
        Order = 103,
        Under = "mod",
    };
}
