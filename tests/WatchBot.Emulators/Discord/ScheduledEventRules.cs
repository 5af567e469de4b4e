using System.Globalization;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// How Discord checks a scheduled event body (DD <c>resources/guild-scheduled-event.mdx</c>, PROTOCOLS
/// §5a): name 1–100; privacy 2; entity type 1–3; EXTERNAL with no channel, a location of 1–100 and an
/// end; the end after the start; status only SCHEDULED→ACTIVE→COMPLETED or SCHEDULED→CANCELED, nothing
/// after COMPLETED or CANCELED. A start in the past is refused on create: Discord does not document
/// it, but a bot tracker reports it (jcolson/dndvault-bot#245), and WatchBot must never rely on it.
/// Errors come back as Discord's 50035 "Invalid Form Body" with the field's <c>_errors</c>.
/// </summary>
public static class ScheduledEventRules
{
    public static JsonObject? CreateErrors(JsonObject body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Field(body, "name") is not JsonValue name || !name.TryGetValue<string>(out var n) || Length(n) is < 1 or > 100)
        {
            return Invalid("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        if (!IsInt(body, "privacy_level", 2))
        {
            return Invalid("privacy_level", "BASE_TYPE_CHOICES", "Value must be one of {2}.");
        }

        if (Field(body, "entity_type") is not JsonValue t || !t.TryGetValue<int>(out var type) || type is < 1 or > 3)
        {
            return Invalid("entity_type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}.");
        }

        if (Time(body, "scheduled_start_time") is not { } start)
        {
            return Invalid("scheduled_start_time", "BASE_TYPE_REQUIRED", "This field is required");
        }

        if (start <= now)
        {
            return Invalid("scheduled_start_time", "GUILD_SCHEDULED_EVENT_SCHEDULED_START_TIME_IN_PAST", "Cannot schedule event in the past.");
        }

        return Shape(body, type) ?? Recurrence(body["recurrence_rule"]);
    }

    public static JsonObject? ModifyErrors(JsonObject current, JsonObject patch)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(patch);
        var status = (int)current["status"]!;
        if (status is 3 or 4)
        {
            return Invalid("status", "GUILD_SCHEDULED_EVENT_INVALID_STATUS", "Cannot modify a completed or canceled event.");
        }

        if (patch.ContainsKey("status") && (!IsIntIn(patch, "status", out var next) || !(next == status || (status, next) is (1, 2) or (2, 3) or (1, 4))))
        {
            return Invalid("status", "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION", "Invalid status transition.");
        }

        if (patch.ContainsKey("name") && (Field(patch, "name") is not JsonValue name || !name.TryGetValue<string>(out var n) || Length(n) is < 1 or > 100))
        {
            return Invalid("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        var merged = current.DeepClone().AsObject();
        foreach (var (key, value) in patch)
        {
            merged[key] = value?.DeepClone();
        }

        return Shape(merged, (int)merged["entity_type"]!) ?? (patch.ContainsKey("recurrence_rule") ? Recurrence(patch["recurrence_rule"]) : null);
    }

    /// <summary>A rule as Discord answers it: every field present, null where unset (DSPEC <c>RecurrenceRuleResponse</c>).</summary>
    public static JsonObject RuleResponse(JsonObject rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var response = new JsonObject();
        foreach (var name in new[] { "start", "end", "frequency", "interval", "by_weekday", "by_n_weekday", "by_month", "by_month_day", "by_year_day", "count" })
        {
            response[name] = rule[name]?.DeepClone();
        }

        response["interval"] ??= 1;
        return response;
    }

    /// <summary>
    /// A recurring event that ends comes back SCHEDULED at its next occurrence, the same event
    /// (discord/discord-api-docs#6885: "when a reoccurring one ends it just reschedules").
    /// </summary>
    public static void NextOccurrence(JsonObject e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e["recurrence_rule"] is not JsonObject rule || Time(e, "scheduled_start_time") is not { } start)
        {
            return;
        }

        var interval = rule["interval"] is JsonValue v && v.TryGetValue<int>(out var i) ? i : 1;
        var next = (int)rule["frequency"]! switch
        {
            0 => start.AddYears(1),
            1 => start.AddMonths(1),
            2 => start.AddDays(7 * interval),
            _ => start.AddDays(1),
        };
        var shift = next - start;
        e["scheduled_start_time"] = Iso(next);
        if (Time(e, "scheduled_end_time") is { } end)
        {
            e["scheduled_end_time"] = Iso(end + shift);
        }

        e["status"] = 1;
    }

    public static DateTimeOffset? Time(JsonObject o, string name) =>
        o?[name] is JsonValue v && v.TryGetValue<string>(out var s)
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>What an entity type requires (DD "Field Requirements By Entity Type"), and the end after the start.</summary>
    private static JsonObject? Shape(JsonObject e, int type)
    {
        if (type == 3)
        {
            if (e["channel_id"] is not null)
            {
                return Invalid("channel_id", "GUILD_SCHEDULED_EVENT_CHANNEL_NOT_ALLOWED", "channel_id must be null for an EXTERNAL event.");
            }

            if (e["entity_metadata"]?["location"] is not JsonValue l || !l.TryGetValue<string>(out var location) || Length(location) is < 1 or > 100)
            {
                return Invalid("entity_metadata", "BASE_TYPE_REQUIRED", "entity_metadata.location (1-100) is required for an EXTERNAL event.");
            }

            if (Time(e, "scheduled_end_time") is null)
            {
                return Invalid("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required for an EXTERNAL event.");
            }
        }
        else if (e["channel_id"] is null)
        {
            return Invalid("channel_id", "BASE_TYPE_REQUIRED", "This field is required");
        }

        if (Time(e, "scheduled_end_time") is { } end && Time(e, "scheduled_start_time") is { } start && end <= start)
        {
            return Invalid("scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_BEFORE_START", "The end must be after the start.");
        }

        return e["description"] is JsonValue d && d.TryGetValue<string>(out var text) && Length(text) is < 1 or > 1000
            ? Invalid("description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 1000 in length.")
            : null;
    }

    private static JsonObject? Recurrence(JsonNode? rule) => rule switch
    {
        null => null,
        JsonObject o => RecurrenceRuleCheck.Errors(o) is { } why ? Invalid("recurrence_rule", "GUILD_SCHEDULED_EVENT_INVALID_RECURRENCE_RULE", why) : null,
        _ => Invalid("recurrence_rule", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"),
    };

    internal static JsonObject Invalid(string field, string code, string message) => new()
    {
        ["code"] = 50035,
        ["errors"] = new JsonObject { [field] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) } },
        ["message"] = "Invalid Form Body",
    };

    private static JsonNode? Field(JsonObject o, string name) => o.TryGetPropertyValue(name, out var v) ? v : null;

    private static bool IsInt(JsonObject o, string name, int expected) => IsIntIn(o, name, out var value) && value == expected;

    private static bool IsIntIn(JsonObject o, string name, out int value)
    {
        value = 0;
        return o[name] is JsonValue v && v.TryGetValue(out value);
    }

    private static int Length(string text) => text.EnumerateRunes().Count();

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
