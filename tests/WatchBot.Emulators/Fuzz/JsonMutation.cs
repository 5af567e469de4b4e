using System.Text.Json.Nodes;
using CsCheck;

namespace WatchBot.Emulators.Fuzz;

/// <summary>
/// One change to a JSON payload, drawn independently of the payload and applied to a copy: at the
/// node numbered <see cref="Where"/> (modulo the node count, in document order) replace the value,
/// remove or rename the property, add one, or bury the value under deep nesting.
/// </summary>
/// <param name="Kind">Which change (see <see cref="Apply"/>).</param>
/// <param name="Where">Picks the node.</param>
/// <param name="Value">The value put in (replace, add).</param>
/// <param name="Name">The property name used (add, rename).</param>
public sealed record JsonMutation(int Kind, int Where, JsonNode? Value, string Name)
{
    private const int Kinds = 6;

    public static readonly Gen<JsonMutation> Any =
        Gen.Select(Gen.Int[0, Kinds - 1], Gen.Int[0, int.MaxValue], Hostile.Value,
            Gen.Frequency((3, Gen.OneOf("id", "type", "token", "user", "member", "value", "name", "options", "team_id", "channel_id", "user_id", "challenge", "event_id", "payload", "envelope_id", "guild_id")), (1, Hostile.Text)),
            (kind, where, value, name) => new JsonMutation(kind, where, value, name));

    /// <summary>Applies <paramref name="mutations"/> to a copy of <paramref name="seed"/>; returns the result.</summary>
    public static JsonNode? ApplyAll(JsonNode seed, IEnumerable<JsonMutation> mutations)
    {
        var root = seed.DeepClone();
        foreach (var mutation in mutations)
        {
            root = mutation.Apply(root);
        }

        return root;
    }

    /// <summary>Applies this change to <paramref name="root"/> (in place where possible); returns the new root.</summary>
    public JsonNode? Apply(JsonNode? root)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        if (nodes.Count == 0)
        {
            return Value?.DeepClone();
        }

        var target = nodes[Where % nodes.Count];
        var parent = target.Parent;
        switch (Kind)
        {
            case 0 when parent is not null:
                Replace(target, Value?.DeepClone());
                return root;
            case 1 when parent is JsonObject owner:
                owner.Remove(target.GetPropertyName());
                return root;
            case 2 when target is JsonObject obj:
                obj[Name] = Value?.DeepClone();
                return root;
            case 3 when parent is JsonObject renamed:
                var key = target.GetPropertyName();
                renamed.Remove(key);
                renamed[Name] = target;
                return root;
            case 4 when parent is not null:
                Replace(target, Hostile.Nest(Where % 150 + 2));
                return root;
            case 5 when parent is not null && target is JsonValue:
                Replace(target, JsonValue.Create(Name));
                return root;
            default:
                return parent is null && Kind == 0 ? Value?.DeepClone() : root;
        }
    }

    private static void Replace(JsonNode target, JsonNode? with)
    {
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = with;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = with;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    Collect(child, into);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Collect(child, into);
                }

                break;
        }
    }
}
