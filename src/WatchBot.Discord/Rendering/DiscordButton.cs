using System.Text.Json.Nodes;

namespace WatchBot.Discord.Rendering;

/// <summary>An interactive button (type 2); style 1 primary, 2 secondary, 3 success, 4 danger.</summary>
public sealed record DiscordButton(string CustomId, string? Label, int Style, string? Emoji = null)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = 2, ["style"] = Style, ["custom_id"] = CustomId };
        if (Label is not null)
        {
            json["label"] = Label;
        }

        if (Emoji is not null)
        {
            json["emoji"] = new JsonObject { ["name"] = Emoji };
        }

        return json;
    }
}
