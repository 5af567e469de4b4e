using System.Text.Json.Nodes;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// A message body ready to send. <see cref="ToJson"/> is the only way our message bodies are built,
/// so every create and edit carries <c>allowed_mentions: {"parse": []}</c>, plus <c>"users"</c>
/// naming exactly the people the view mentions (<see cref="Mentions"/>) when it mentions anyone.
/// </summary>
/// <param name="Content">Already escaped and within 2000 characters.</param>
/// <param name="Rows">Action rows of buttons; null leaves components alone, empty removes them.</param>
/// <param name="Flags">Message flags (64 = ephemeral for interaction answers), 0 for none.</param>
public sealed record DiscordMessage(string Content, IReadOnlyList<IReadOnlyList<DiscordButton>>? Rows = null, int Flags = 0)
{
    /// <summary>Discord's limit on <c>allowed_mentions.users</c>.</summary>
    public const int MaxMentionedUsers = 100;

    /// <summary>
    /// User ids (snowflakes) this message may notify: its <c>&lt;@id&gt;</c> mentions, at most
    /// <see cref="MaxMentionedUsers"/> (views split longer lists over several messages). Empty: nobody.
    /// </summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>A menu drawn alone in the first action row (then at most four rows of buttons follow); null for none.</summary>
    public DiscordSelect? Select { get; init; }

    /// <summary>
    /// A create's idempotency key (at most 25 characters), sent with <c>enforce_nonce</c>: Discord
    /// answers a second create with the same nonce from the bot within minutes with the first message
    /// and creates nothing. Null for none (edits, interaction answers).
    /// </summary>
    public string? Nonce { get; init; }

    /// <summary>Discord's limit on a nonce's length.</summary>
    public const int MaxNonceLength = 25;

    public JsonObject ToJson()
    {
        var allowed = new JsonObject { ["parse"] = new JsonArray() };
        if (Mentions.Count > 0)
        {
            allowed["users"] = new JsonArray([.. Mentions.Take(MaxMentionedUsers).Select(id => (JsonNode)JsonValue.Create(id))]);
        }

        var json = new JsonObject
        {
            ["content"] = DiscordText.Fit(Content),
            ["allowed_mentions"] = allowed,
        };
        if (Flags != 0)
        {
            json["flags"] = Flags;
        }

        if (Nonce is { Length: > 0 and <= MaxNonceLength })
        {
            json["nonce"] = Nonce;
            json["enforce_nonce"] = true;
        }

        if (Rows is not null || Select is not null)
        {
            // A select fills its row alone; Discord takes five rows in all.
            var rows = new JsonArray();
            if (Select is not null)
            {
                rows.Add((JsonNode)new JsonObject { ["type"] = 1, ["components"] = new JsonArray(Select.ToJson()) });
            }

            foreach (var row in (Rows ?? []).Where(r => r.Count > 0).Take(Select is null ? 5 : 4))
            {
                var buttons = new JsonArray();
                foreach (var button in row.Take(5))
                {
                    buttons.Add((JsonNode)button.ToJson());
                }

                rows.Add((JsonNode)new JsonObject { ["type"] = 1, ["components"] = buttons });
            }

            json["components"] = rows;
        }

        return json;
    }
}
