using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WatchBot.Discord.Tests.Support;

namespace WatchBot.Discord.Tests.Events.Support;

/// <summary>
/// Discord's recurrence rule examples (fixture <c>discord_guild_scheduled_event_recurrence_rule_doc_examples.txt</c>:
/// JS-style assignments under a bold title, not JSON) read as JSON fields, title → rule.
/// </summary>
internal static partial class RecurrenceExamples
{
    public const string Fixture = "discord_guild_scheduled_event_recurrence_rule_doc_examples.txt";

    public static IReadOnlyDictionary<string, JsonObject> Read() => Parse(Fixtures.Read(Fixture));

    public static IReadOnlyDictionary<string, JsonObject> Parse(string text)
    {
        var examples = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (Match example in Example().Matches(text))
        {
            var code = string.Join('\n', example.Groups["code"].Value.Split('\n').Select(line => Comment().Replace(line, "")));
            var rule = new JsonObject();
            foreach (Match assignment in Assignment().Matches(code))
            {
                // Bare keys ({n: 4, day: 2}) quoted: the rest is already JSON.
                rule[assignment.Groups["key"].Value] = JsonNode.Parse(BareKey().Replace(assignment.Groups["value"].Value, "\"$1\":"));
            }

            examples[example.Groups["title"].Value] = rule;
        }

        return examples;
    }

    [GeneratedRegex(@"\*\*(?<title>[^*]+)\*\*\s*```js\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"\s*//.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<key>\w+) = (?<value>.*?)(?=^\w+ = |\z)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"(\w+):")]
    private static partial Regex BareKey();
}
