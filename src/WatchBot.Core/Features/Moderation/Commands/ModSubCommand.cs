using WatchBot.Core.Grammar;

namespace WatchBot.Core.Features.Moderation.Commands;

/// <summary>
/// <c>/watch mod add|remove|list</c>: the verb is a word when typed (<c>mod add @bob</c>) and a group
/// of sub-commands on Discord, where <c>user:</c> is a member picker.
/// </summary>
internal sealed class ModSubCommand : ISubCommandDeclaration
{
    private const string ListExample = "/watch mod list";

    public SubCommand SubCommand { get; } = new(
        "mod",
        "moderators only: mod add, mod remove (user:) or mod list",
        "/watch mod add user:@bob",
        [
            new("action", OptionKind.Choice, "What to do: add, remove or list")
            {
                Choices =
                [
                    new("add", "Make someone a WatchBot moderator here (moderators only)") { Uses = ["user"] },
                    new("remove", "Remove a moderator added with /watch mod add (moderators only)") { Aliases = ["rm", "delete"], Uses = ["user"] },
                    new("list", "Who moderates WatchBot here (moderators only)") { Aliases = ["ls"] },
                ],
            },
            new("user", OptionKind.User, "Who"),
        ],
        Build)
    {
        Positional = "action",
        GroupBy = "action",
        Order = 100,
    };

    private static ParseResult Build(OptionValues values)
    {
        // "mod add @bob" arrives as action "add @bob": the second word names the person.
        var words = (values.Text("action") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var user = values.Text("user");
        if (words.Length == 2 && user is null)
        {
            user = words[1];
        }
        else if (words.Length != 1)
        {
            return values.Failure("/watch mod needs what to do: add, remove or list.", ListExample);
        }

        var verbs = values.SubCommand.Option("action")!.Choices;
        var verb = verbs.FirstOrDefault(c => c.Matches(words[0]));
        if (verb is null)
        {
            var near = Suggest.Nearest(words[0], verbs.Select(c => c.Value));
            var hint = near.Count > 0 ? $" Did you mean mod {Suggest.Either(near)}?" : "";
            return values.Failure($"/watch mod can add, remove or list, not \"{Excerpt.Of(words[0])}\".{hint}", ListExample);
        }

        user = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        return (verb.Uses.Count > 0, user) switch
        {
            (false, not null) => values.Failure($"/watch mod {verb.Value} takes no user:.", ListExample),
            (true, null) => values.Failure($"/watch mod {verb.Value} needs user: (who, as an @-mention).", $"/watch mod {verb.Value} user:@bob"),
            _ => ParseResult.Success(new ModCommand(Enum.Parse<ModVerb>(verb.Value, ignoreCase: true), user)),
        };
    }
}
