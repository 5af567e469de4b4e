using System.Text.Json.Nodes;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// A message body ready to send. <see cref="ToJson"/> is the only way our message bodies are built,
/// so every create and edit carries <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
/// <param name="Content">Already escaped and within 2000 characters.</param>
/// <param name="Rows">Action rows of buttons; null leaves components alone, empty removes them.</param>
/// <param name="Flags">Message flags (64 = ephemeral for interaction answers), 0 for none.</param>
public sealed record DiscordMessage(string Content, IReadOnlyList<IReadOnlyList<DiscordButton>>? Rows = null, int Flags = 0)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["content"] = DiscordText.Fit(Content),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (Flags != 0)
        {
            json["flags"] = Flags;
        }

        if (Rows is not null)
        {
            var rows = new JsonArray();
            foreach (var row in Rows.Where(r => r.Count > 0))
            {
                var buttons = new JsonArray();
                foreach (var button in row.Take(5))
                {
                    buttons.Add(button.ToJson());
                }

                rows.Add(new JsonObject { ["type"] = 1, ["components"] = buttons });
            }

            json["components"] = rows;
        }

        return json;
    }
}
