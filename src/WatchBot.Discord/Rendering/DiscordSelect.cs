using System.Globalization;
using System.Text.Json.Nodes;

namespace WatchBot.Discord.Rendering;

/// <summary>
/// A String Select (component type 3), sent alone in its action row as legacy components require: one
/// pick (<c>min_values</c> = <c>max_values</c> = 1). Texts are plain on Discord (no markdown, no
/// mentions) and already cut to its limits by <see cref="DiscordMarkup.Select"/>.
/// </summary>
/// <param name="CustomId">What comes back with the pick (1–100 characters).</param>
/// <param name="Placeholder">Shown before anything is picked (≤150).</param>
/// <param name="Options">1–25 options.</param>
/// <param name="Disabled">Shown greyed out: nothing can be picked.</param>
public sealed record DiscordSelect(string CustomId, string Placeholder, IReadOnlyList<DiscordSelectOption> Options, bool Disabled = false)
{
    public const int ComponentType = 3;

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = ComponentType,
            ["custom_id"] = CustomId,
            ["placeholder"] = Placeholder,
            ["min_values"] = 1,
            ["max_values"] = 1,
            ["options"] = new JsonArray([.. Options.Select(o => (JsonNode)o.ToJson())]),
        };
        if (Disabled)
        {
            json["disabled"] = true;
        }

        return json;
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> UTF-16 units without splitting a character or emoji.</summary>
    internal static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max - 1)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return text[..end] + "…";
    }
}
