using System.Text.Json.Nodes;
using WatchBot.Core.Commands;

namespace WatchBot.Discord.Commands;

/// <summary>
/// The one <c>/watch</c> CHAT_INPUT command, with a sub-command for everything in
/// <see cref="CommandCatalog"/> and typed options; guild-only (<c>contexts: [0]</c>). Durations and
/// instants are strings parsed by our grammar, so Discord and the shell accept the same text.
/// </summary>
public static class WatchCommandDefinition
{
    private const int StringOption = 3;
    private const int SubCommandOption = 1;
    private const int SubCommandGroupOption = 2;
    private const int UserOption = 6;

    private static readonly Dictionary<string, (string Description, int? MaxLength, bool Autocomplete)> Described = new(StringComparer.Ordinal)
    {
        ["title"] = ("What you are watching", 100, false),
        ["in"] = ("Countdown, e.g. 10s or 1m", 20, true),
        ["at"] = ("When: \"in 2h\", or an instant with Z or an offset", 40, true),
        ["runtime"] = ("Length of the film, e.g. 2h16m", 20, true),
        ["control"] = ("Who may pause and seek", null, false),
        ["to"] = ("Position 1:02:03, or -30s / +1m", 20, true),
        ["emoji"] = ("The reaction, e.g. 😂", 32, true),
        ["note"] = ("A short note", 200, false),
    };

    /// <summary>The body of the bulk overwrite: a JSON array holding the one command.</summary>
    public static JsonArray Build()
    {
        var subs = new JsonArray();
        foreach (var spec in CommandCatalog.All)
        {
            if (spec.Name == "mod")
            {
                subs.Add(ModGroup(spec));
                continue;
            }

            var options = new JsonArray();

            // Required options first (Discord's rule): the positional one is required where the grammar needs it.
            foreach (var name in spec.Options.OrderBy(n => IsRequired(spec, n) ? 0 : 1))
            {
                options.Add(Option(spec, name));
            }

            subs.Add(new JsonObject
            {
                ["type"] = SubCommandOption,
                ["name"] = spec.Name,
                ["description"] = Cut(spec.Summary, 100),
                ["options"] = options,
            });
        }

        return
        [
            new JsonObject
            {
                ["name"] = "watch",
                ["type"] = 1,
                ["description"] = "Watch something together, in sync",
                ["contexts"] = new JsonArray(0),
                ["integration_types"] = new JsonArray(0),
                ["options"] = subs,
            },
        ];
    }

    /// <summary>
    /// <c>/watch mod add|remove user:@someone</c> and <c>/watch mod list</c>: a sub-command group, which
    /// Discord allows beside plain sub-commands; the person is a USER option, so Discord offers a
    /// member picker and sends their id.
    /// </summary>
    private static JsonObject ModGroup(CommandSpec spec)
    {
        JsonObject Verb(string name, string description, bool withUser)
        {
            var options = new JsonArray();
            if (withUser)
            {
                options.Add(new JsonObject
                {
                    ["type"] = UserOption,
                    ["name"] = "user",
                    ["description"] = "Who",
                    ["required"] = true,
                });
            }

            return new JsonObject { ["type"] = SubCommandOption, ["name"] = name, ["description"] = description, ["options"] = options };
        }

        return new JsonObject
        {
            ["type"] = SubCommandGroupOption,
            ["name"] = spec.Name,
            ["description"] = Cut(spec.Summary, 100),
            ["options"] = new JsonArray(
                Verb("add", "Make someone a WatchBot moderator here (moderators only)", withUser: true),
                Verb("remove", "Remove a moderator added with /watch mod add (moderators only)", withUser: true),
                Verb("list", "Who moderates WatchBot here (moderators only)", withUser: false)),
        };
    }

    private static JsonObject Option(CommandSpec spec, string name)
    {
        var (description, maxLength, autocomplete) = Described.TryGetValue(name, out var d) ? d : (name, null, false);
        var option = new JsonObject
        {
            ["type"] = StringOption,
            ["name"] = name,
            ["description"] = Cut(description, 100),
            ["required"] = IsRequired(spec, name),
        };
        if (maxLength is { } max)
        {
            option["max_length"] = max;
        }

        if (name == "control")
        {
            option["choices"] = new JsonArray(
                new JsonObject { ["name"] = "host and moderators", ["value"] = "mods" },
                new JsonObject { ["name"] = "everyone", ["value"] = "everyone" },
                new JsonObject { ["name"] = "host only", ["value"] = "host" });
        }
        else if (autocomplete)
        {
            option["autocomplete"] = true;
        }

        return option;
    }

    private static bool IsRequired(CommandSpec spec, string name) =>
        (spec.Name, name) is ("schedule", "at") or ("seek", "to") or ("react", "emoji");

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
