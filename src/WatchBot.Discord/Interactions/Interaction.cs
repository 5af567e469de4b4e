using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// An interaction as WatchBot needs it, read from Discord's JSON (HTTP body or gateway dispatch
/// <c>d</c>). Tolerant: unknown fields are ignored, newer fields are not required.
/// </summary>
public sealed record Interaction
{
    public required string Id { get; init; }

    public required string ApplicationId { get; init; }

    public required int Type { get; init; }

    public required string Token { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public InteractionMember? Member { get; init; }

    /// <summary>The command name (<c>watch</c>) for commands and autocomplete.</summary>
    public string? CommandName { get; init; }

    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>The clicked component's <c>custom_id</c>.</summary>
    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    /// <summary>
    /// Members named by USER options (<c>data.resolved.members</c>, keyed by user id): their roles and
    /// channel permissions, so <c>/watch mod</c> can tell a moderator by permission or role.
    /// </summary>
    public IReadOnlyDictionary<string, InteractionMember> ResolvedMembers { get; init; } = new Dictionary<string, InteractionMember>();

    /// <summary>Reads an interaction; false (with a reason for the log) when required fields are missing or mistyped.</summary>
    public static bool TryParse(JsonElement json, out Interaction? interaction, out string reason)
    {
        interaction = null;
        reason = "";
        if (json.ValueKind != JsonValueKind.Object)
        {
            reason = "not an object";
            return false;
        }

        if (!TryInt(json, "type", out var type))
        {
            reason = "no type";
            return false;
        }

        var id = Str(json, "id");
        var token = Str(json, "token");
        var app = Str(json, "application_id") ?? "";
        if (type != InteractionTypes.Ping && (id is null || token is null))
        {
            reason = "no id or token";
            return false;
        }

        var data = json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var hasData = data.ValueKind == JsonValueKind.Object;
        var channelId = Str(json, "channel_id")
            ?? (json.TryGetProperty("channel", out var ch) && ch.ValueKind == JsonValueKind.Object ? Str(ch, "id") : null);
        interaction = new Interaction
        {
            Id = id ?? "",
            ApplicationId = app,
            Type = type,
            Token = token ?? "",
            GuildId = Str(json, "guild_id"),
            ChannelId = channelId,
            Member = ReadMember(json),
            CommandName = hasData ? Str(data, "name") : null,
            Options = hasData ? ReadOptions(data) : [],
            CustomId = hasData ? Str(data, "custom_id") : null,
            ComponentType = hasData && TryInt(data, "component_type", out var ct) ? ct : null,
            ResolvedMembers = hasData ? ReadResolvedMembers(data) : new Dictionary<string, InteractionMember>(),
        };
        return true;
    }

    private static InteractionMember? ReadMember(JsonElement json)
    {
        if (json.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object
            && member.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object)
        {
            var roles = member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            return ReadUser(user, Permissions(Str(member, "permissions")), roles);
        }

        return json.TryGetProperty("user", out var dmUser) && dmUser.ValueKind == JsonValueKind.Object
            ? ReadUser(dmUser, 0, [])
            : null;
    }

    private static Dictionary<string, InteractionMember> ReadResolvedMembers(JsonElement data)
    {
        var found = new Dictionary<string, InteractionMember>(StringComparer.Ordinal);
        if (!data.TryGetProperty("resolved", out var resolved) || resolved.ValueKind != JsonValueKind.Object
            || !resolved.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Object)
        {
            return found;
        }

        // A resolved member has no user object: the key is the user id.
        foreach (var entry in members.EnumerateObject().Take(25))
        {
            if (entry.Value.ValueKind == JsonValueKind.Object)
            {
                found[entry.Name] = new InteractionMember(entry.Name, entry.Name, Permissions(Str(entry.Value, "permissions")), Roles(entry.Value));
            }
        }

        return found;
    }

    private static List<string> Roles(JsonElement member) =>
        member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? [.. r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];

    private static InteractionMember? ReadUser(JsonElement user, ulong permissions, IReadOnlyList<string> roles)
    {
        var userId = Str(user, "id");
        if (userId is null)
        {
            return null;
        }

        var name = Str(user, "global_name") ?? Str(user, "username") ?? userId;
        return new InteractionMember(userId, name, permissions, roles);
    }

    /// <summary>Permissions are a decimal string that may outgrow 64 bits; we need only the low bits.</summary>
    private static ulong Permissions(string? text) =>
        text is not null && BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? (ulong)(value & ulong.MaxValue)
            : 0;

    private static List<InteractionOption> ReadOptions(JsonElement parent)
    {
        if (!parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<InteractionOption>();
        foreach (var option in options.EnumerateArray())
        {
            if (option.ValueKind != JsonValueKind.Object || Str(option, "name") is not { } name)
            {
                continue;
            }

            string? value = null;
            if (option.TryGetProperty("value", out var v))
            {
                value = v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
                    _ => null,
                };
            }

            var focused = option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True;
            list.Add(new InteractionOption(name, TryInt(option, "type", out var t) ? t : 0, value, focused, ReadOptions(option)));
        }

        return list;
    }

    private static string? Str(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryInt(JsonElement json, string name, out int value)
    {
        value = 0;
        return json.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }
}
