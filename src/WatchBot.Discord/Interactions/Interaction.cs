using System.Globalization;
using System.Numerics;
using System.Text.Json;
using WatchBot.Discord.Rest;
using WatchBot.Http;

namespace WatchBot.Discord.Interactions;

/// <summary>
/// An interaction as WatchBot needs it, read from Discord's JSON (HTTP body or gateway dispatch
/// <c>d</c>). Tolerant of unknown and newer fields; strict about what it uses: every id is a
/// <see cref="Snowflake"/>, the token is URL-safe, and all text in the payload is readable, else the
/// interaction is refused as a whole.
/// </summary>
public sealed record Interaction
{
    /// <summary>The interaction's id (zero for a PING without one).</summary>
    public required Snowflake Id { get; init; }

    /// <summary>The application it was sent to, when the payload says.</summary>
    public Snowflake? ApplicationId { get; init; }

    public required int Type { get; init; }

    public required string Token { get; init; }

    public Snowflake? GuildId { get; init; }

    public Snowflake? ChannelId { get; init; }

    /// <summary>The partial <c>channel</c> object's <c>type</c> (0 text, 10–12 threads…), when sent.</summary>
    public int? ChannelType { get; init; }

    /// <summary>
    /// The partial <c>channel</c> object's <c>nsfw</c> (age-restricted), when sent: Discord guarantees
    /// only <c>id</c> and <c>type</c> there, and threads never carry it (they follow their parent).
    /// </summary>
    public bool? ChannelNsfw { get; init; }

    public InteractionMember? Member { get; init; }

    /// <summary>The bot's own permissions in the channel (<c>app_permissions</c>), when Discord sent them.</summary>
    public ulong? AppPermissions { get; init; }

    /// <summary>The command name (<c>watch</c>) for commands and autocomplete.</summary>
    public string? CommandName { get; init; }

    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>The clicked component's <c>custom_id</c>.</summary>
    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    /// <summary>A select's picked values (<c>data.values</c>; strings only, at most 25), empty for anything else.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>
    /// Members named by USER options (<c>data.resolved.members</c>, keyed by user id): their roles and
    /// channel permissions, so <c>/watch mod</c> can tell a moderator by permission or role.
    /// </summary>
    public IReadOnlyDictionary<string, InteractionMember> ResolvedMembers { get; init; } = new Dictionary<string, InteractionMember>();

    /// <summary>Reads an interaction; false (with a reason for the log) when it is unusable or unsafe to use.</summary>
    public static bool TryParse(JsonElement json, out Interaction? interaction, out string reason) =>
        TryParse(json, checkedReadable: false, out interaction, out reason);

    /// <summary>
    /// As <see cref="TryParse(JsonElement, out Interaction?, out string)"/>; <paramref name="checkedReadable"/>
    /// says the document came from <see cref="InboundJson.TryParse(ReadOnlyMemory{byte})"/>, which already checked all its text.
    /// </summary>
    internal static bool TryParse(JsonElement json, bool checkedReadable, out Interaction? interaction, out string reason)
    {
        interaction = null;
        reason = Refusal(json, checkedReadable, out var type);
        if (reason.Length > 0)
        {
            return false;
        }

        var id = Str(json, "id");
        var token = Str(json, "token");
        if (type == InteractionTypes.Ping)
        {
            interaction = new Interaction
            {
                Id = Snowflake.TryParse(id, out var pingId) ? pingId : default,
                Type = type,
                Token = token ?? "",
            };
            return true;
        }

        if (id is null || token is null)
        {
            reason = "no id or token";
            return false;
        }

        if (!Snowflake.TryParse(id, out var interactionId) || !InteractionToken.IsValid(token))
        {
            reason = "id or token malformed";
            return false;
        }

        if (!OptionalSnowflake(json, "application_id", out var app) || !OptionalSnowflake(json, "guild_id", out var guild)
            || !ReadChannel(json, out var channel))
        {
            reason = "application, guild or channel id malformed";
            return false;
        }

        if (!InteractionSender.TryRead(json, guild is not null, out var member, out reason))
        {
            return false;
        }

        var data = json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var hasData = data.ValueKind == JsonValueKind.Object;
        interaction = new Interaction
        {
            Id = interactionId,
            ApplicationId = app,
            Type = type,
            Token = token,
            GuildId = guild,
            ChannelId = channel,
            ChannelType = PartialChannel(json) is { } partial && TryInt(partial, "type", out var channelType) ? channelType : null,
            ChannelNsfw = PartialChannel(json) is { } withFlag && withFlag.TryGetProperty("nsfw", out var nsfw)
                && nsfw.ValueKind is JsonValueKind.True or JsonValueKind.False ? nsfw.GetBoolean() : null,
            Member = member,
            AppPermissions = Str(json, "app_permissions") is { } granted ? Permissions(granted) : null,
            CommandName = hasData ? Str(data, "name") : null,
            Options = hasData ? ReadOptions(data) : [],
            CustomId = hasData ? Str(data, "custom_id") : null,
            ComponentType = hasData && TryInt(data, "component_type", out var ct) ? ct : null,
            Values = hasData ? ReadValues(data) : [],
            ResolvedMembers = hasData ? ReadResolvedMembers(data) : new Dictionary<string, InteractionMember>(),
        };
        return true;
    }

    private static Dictionary<string, InteractionMember> ReadResolvedMembers(JsonElement data)
    {
        var found = new Dictionary<string, InteractionMember>(StringComparer.Ordinal);
        if (!data.TryGetProperty("resolved", out var resolved) || resolved.ValueKind != JsonValueKind.Object
            || !resolved.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Object)
        {
            return found;
        }

        // A resolved member has no user object: the key is the user id, kept only when it is a snowflake.
        foreach (var entry in members.EnumerateObject().Take(25))
        {
            if (entry.Value.ValueKind == JsonValueKind.Object && Snowflake.TryParse(entry.Name, out _))
            {
                found[entry.Name] = new InteractionMember(entry.Name, entry.Name, Permissions(Str(entry.Value, "permissions")), Roles(entry.Value));
            }
        }

        return found;
    }

    // A select sends its picks as strings; anything else in the array is not one of our options.
    private static List<string> ReadValues(JsonElement data) =>
        data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Take(25).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static List<string> Roles(JsonElement member) =>
        member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? [.. r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];

    /// <summary>Why the payload cannot be read at all ("" when it can), and its type.</summary>
    private static string Refusal(JsonElement json, bool checkedReadable, out int type)
    {
        type = 0;
        if (json.ValueKind != JsonValueKind.Object)
        {
            return "not an object";
        }

        if (!checkedReadable && !InboundJson.IsReadable(json))
        {
            return "unreadable text (invalid UTF-16 escape or UTF-8)";
        }

        return TryInt(json, "type", out type) ? "" : "no type";
    }

    /// <summary>The interaction's partial <c>channel</c> object, if it has one.</summary>
    private static JsonElement? PartialChannel(JsonElement json) =>
        json.TryGetProperty("channel", out var ch) && ch.ValueKind == JsonValueKind.Object ? ch : null;

    /// <summary><c>channel_id</c>, else <c>channel.id</c>; false when one is present but not a snowflake.</summary>
    private static bool ReadChannel(JsonElement json, out Snowflake? channel)
    {
        if (json.TryGetProperty("channel_id", out var direct) && direct.ValueKind != JsonValueKind.Null)
        {
            return OptionalSnowflake(json, "channel_id", out channel);
        }

        channel = null;
        return !json.TryGetProperty("channel", out var ch) || ch.ValueKind != JsonValueKind.Object || OptionalSnowflake(ch, "id", out channel);
    }

    /// <summary>Absent or null: true with null. Present: true only when it is a snowflake string.</summary>
    internal static bool OptionalSnowflake(JsonElement json, string name, out Snowflake? value)
    {
        value = null;
        if (!json.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String && Snowflake.TryParse(element.GetString(), out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Permissions are a decimal string that may outgrow 64 bits; we need only the low bits.</summary>
    internal static ulong Permissions(string? text) =>
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

    internal static string? Str(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryInt(JsonElement json, string name, out int value)
    {
        value = 0;
        return json.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }
}
