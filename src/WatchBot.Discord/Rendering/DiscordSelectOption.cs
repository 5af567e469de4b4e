using System.Text.Json.Nodes;

namespace WatchBot.Discord.Rendering;

/// <summary>One option of a <see cref="DiscordSelect"/>: <c>label</c>, <c>value</c> and <c>description</c> at most 100 characters each.</summary>
public sealed record DiscordSelectOption(string Label, string Value, string? Description)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["label"] = Label, ["value"] = Value };
        if (!string.IsNullOrEmpty(Description))
        {
            json["description"] = Description;
        }

        return json;
    }
}
