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

    private static readonly Dictionary<string, (string Description, int? MaxLength, bool Autocomplete)> Described = new(StringComparer.Ordinal)
    {
        ["title"] = ("What you are watching", 100, false),
        ["in"] = ("Countdown, e.g. 10s or 1m", 20, true),
        ["at"] = ("When: 2026-12-01T20:00:00Z, or \"in 2h\"", 40, true),
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
