using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary><c>/watch ban user:@x duration:7d reason:"…"</c>: moderators only; no duration means until unbanned.</summary>
internal sealed class BanSubCommand : ISubCommandDeclaration
{
    private const string Example = "/watch ban user:@bob duration:7d reason:\"spoilers\"";

    public SubCommand SubCommand { get; } = new(
        "ban",
        "moderators only: keep someone from using WatchBot here (duration: 7d, 12h…; none = until unban)",
        Example,
        [
            new("user", OptionKind.User, "Who") { Required = true },
            new("duration", OptionKind.Text, "How long: 7d, 2w, 12h, 1d12h or forever (the default)"),
            new("reason", OptionKind.Text, "Why (kept in the audit log)"),
        ],
        Build)
    {
        Positional = "user",
        Order = 102,
        Under = "mod",
    };

    private static ParseResult Build(OptionValues values)
    {
        var user = values.Text("user")?.Trim();
        if (string.IsNullOrEmpty(user))
        {
            return values.Failure("/watch ban needs user: (who, as an @-mention).");
        }

        TimeSpan? length = null;
        if (values.Text("duration") is { } typed && !string.IsNullOrWhiteSpace(typed) && !BanLength.TryParse(typed, out length))
        {
            return values.Failure(
                $"I can't read \"{Excerpt.Of(typed)}\" as how long the ban lasts. Use {BanLength.Forms} (at most {BanLength.Longest.Days} days).");
        }

        return ParseResult.Success(new BanCommand(user, length, BanReason.Of(values.Text("reason"))));
    }
}
