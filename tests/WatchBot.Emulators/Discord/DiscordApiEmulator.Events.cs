using System.Globalization;
using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>
/// Guild Scheduled Events as Discord documents them (DD <c>resources/guild-scheduled-event.mdx</c>,
/// PROTOCOLS §5/§5a): create, list, get, modify, delete; bodies checked like Discord checks them
/// (<see cref="ScheduledEventRules"/>); Create Events per guild (403, code 50013, without it); at most
/// <see cref="EventLimit"/> SCHEDULED or ACTIVE events per guild (400, code 30038); and Discord's own
/// moves of EXTERNAL events at their start and end, applied whenever events are read or written.
/// </summary>
public sealed partial class DiscordApiEmulator
{
    private readonly Dictionary<string, JsonObject> _events = new(StringComparer.Ordinal);
    private readonly HashSet<string> _noCreateEvents = new(StringComparer.Ordinal);

    /// <summary>SCHEDULED + ACTIVE events a guild may hold. Discord: 100.</summary>
    public int EventLimit { get; set; } = 100;

    /// <summary>Whether EXTERNAL events start and end by themselves at their times, as on Discord. On by default.</summary>
    public bool AutoStatus { get; set; } = true;

    /// <summary>From now on the bot lacks Create Events in <paramref name="guildId"/> (or has it again).</summary>
    public void SetCreateEvents(string guildId, bool granted)
    {
        lock (_events)
        {
            if (granted)
            {
                _noCreateEvents.Remove(guildId);
            }
            else
            {
                _noCreateEvents.Add(guildId);
            }
        }
    }

    /// <summary>The guild's events as Discord would list them now (copies).</summary>
    public IReadOnlyList<JsonObject> ScheduledEvents(string guildId)
    {
        lock (_events)
        {
            Automate_NeedsLock();
            return [.. _events.Values.Where(e => Str(e, "guild_id") == guildId).Select(e => e.DeepClone().AsObject())];
        }
    }

    /// <summary>Puts an event in place as if someone had created it earlier (for tests of finding one again).</summary>
    public string SeedScheduledEvent(string guildId, JsonObject body, int status = 1)
    {
        lock (_events)
        {
            var id = NextId();
            _events[id] = EventObject(id, guildId, body, status);
            return id;
        }
    }

    private (int, JsonNode?) ScheduledEvents(string method, string guild, string? id, string body)
    {
        lock (_events)
        {
            Automate_NeedsLock();
            var json = body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject;
            var found = id is not null && _events.TryGetValue(id, out var existing) && Str(existing, "guild_id") == guild ? existing : null;
            if (id is not null && found is null)
            {
                return (404, new JsonObject { ["message"] = "Unknown Guild Scheduled Event", ["code"] = 10070 });
            }

            // Creating, changing and deleting the bot's own EXTERNAL events all need Create Events (GET needs nothing).
            if (method != "GET" && _noCreateEvents.Contains(guild))
            {
                return (403, new JsonObject { ["message"] = "Missing Permissions", ["code"] = 50013 });
            }

            return (method, found) switch
            {
                ("GET", null) => (200, new JsonArray([.. _events.Values.Where(e => Str(e, "guild_id") == guild).Select(e => (JsonNode)e.DeepClone())])),
                ("GET", { } one) => (200, one.DeepClone()),
                ("POST", null) => CreateEvent_NeedsLock(guild, json ?? []),
                ("PATCH", { } one) => ModifyEvent_NeedsLock(one, json ?? []),
                ("DELETE", { } one) => DeleteEvent_NeedsLock(one),
                _ => (405, new JsonObject { ["message"] = "405: Method Not Allowed", ["code"] = 0 }),
            };
        }
    }

    private (int, JsonNode?) CreateEvent_NeedsLock(string guild, JsonObject body)
    {
        if (ScheduledEventRules.CreateErrors(body, _time.GetUtcNow()) is { } invalid)
        {
            return (400, invalid);
        }

        var open = _events.Values.Count(e => Str(e, "guild_id") == guild && (int)e["status"]! is 1 or 2);
        if (open >= EventLimit)
        {
            return (400, new JsonObject
            {
                ["message"] = string.Create(CultureInfo.InvariantCulture, $"Maximum number of uncompleted guild scheduled events reached ({EventLimit})"),
                ["code"] = 30038,
            });
        }

        var id = NextId();
        _events[id] = EventObject(id, guild, body, status: 1);
        return (200, _events[id].DeepClone());
    }

    private static (int, JsonNode?) ModifyEvent_NeedsLock(JsonObject current, JsonObject patch)
    {
        if (ScheduledEventRules.ModifyErrors(current, patch) is { } invalid)
        {
            return (400, invalid);
        }

        foreach (var (name, value) in patch)
        {
            current[name] = name == "recurrence_rule" && value is JsonObject rule ? ScheduledEventRules.RuleResponse(rule) : value?.DeepClone();
        }

        if ((int)current["status"]! == 3)
        {
            ScheduledEventRules.NextOccurrence(current);
        }

        return (200, current.DeepClone());
    }

    private (int, JsonNode?) DeleteEvent_NeedsLock(JsonObject current)
    {
        _events.Remove(Str(current, "id")!);
        return (204, null);
    }

    /// <summary>EXTERNAL events go ACTIVE at their start and COMPLETED at their end by themselves (DD "Status Update Automation").</summary>
    private void Automate_NeedsLock()
    {
        if (!AutoStatus)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var e in _events.Values.Where(e => (int)e["entity_type"]! == 3))
        {
            if ((int)e["status"]! == 1 && ScheduledEventRules.Time(e, "scheduled_start_time") <= now)
            {
                e["status"] = 2;
            }

            if ((int)e["status"]! == 2 && ScheduledEventRules.Time(e, "scheduled_end_time") <= now)
            {
                e["status"] = 3;
                ScheduledEventRules.NextOccurrence(e);
            }
        }
    }

    private static JsonObject EventObject(string id, string guild, JsonObject body, int status)
    {
        var e = new JsonObject
        {
            ["id"] = id,
            ["guild_id"] = guild,
            ["channel_id"] = body["channel_id"]?.DeepClone(),
            ["creator_id"] = "1",
            ["name"] = body["name"]?.DeepClone(),
            ["description"] = body["description"]?.DeepClone(),
            ["scheduled_start_time"] = body["scheduled_start_time"]?.DeepClone(),
            ["scheduled_end_time"] = body["scheduled_end_time"]?.DeepClone(),
            ["privacy_level"] = body["privacy_level"]?.DeepClone(),
            ["status"] = status,
            ["entity_type"] = body["entity_type"]?.DeepClone(),
            ["entity_id"] = null,
            ["entity_metadata"] = body["entity_metadata"]?.DeepClone(),
            ["creator"] = new JsonObject { ["id"] = "1", ["username"] = "WatchBot", ["bot"] = true },
            ["image"] = null,
            ["recurrence_rule"] = body["recurrence_rule"] is JsonObject rule ? ScheduledEventRules.RuleResponse(rule) : null,

            // In the spec's response (required there) but not in the docs: readers must tolerate them.
            ["guild_scheduled_event_exceptions"] = new JsonArray(),
            ["user_rsvp"] = null,
        };
        return e;
    }

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
