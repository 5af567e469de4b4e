using System.Text.Json.Nodes;
using WatchBot.Core.Text;

namespace WatchBot.Discord.Rendering;

/// <summary>An interactive button (type 2); style 1 primary, 2 secondary, 3 success, 4 danger.</summary>
/// <param name="CustomId">What comes back when it is pressed (1–100 characters).</param>
/// <param name="Label">Plain text on the button, or null for an emoji-only one.</param>
/// <param name="Style">Discord's button style.</param>
/// <param name="Emoji">A Unicode emoji, or a server emoji <c>&lt;:name:id&gt;</c> (sent by its id).</param>
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
            json["emoji"] = EmojiJson(Emoji);
        }

        return json;
    }

    private static JsonObject EmojiJson(string emoji)
    {
        if (!EmojiText.IsDiscordCustom(emoji))
        {
            return new JsonObject { ["name"] = emoji };
        }

        // <:name:id> or <a:name:id>, shape already checked.
        var parts = emoji[1..^1].Split(':');
        var json = new JsonObject { ["id"] = parts[2], ["name"] = parts[1] };
        if (parts[0] == "a")
        {
            json["animated"] = true;
        }

        return json;
    }
}
