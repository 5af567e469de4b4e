using System.Globalization;
using System.Text.Json;

namespace WatchBot.Discord.Events;

/// <summary>
/// What WatchBot reads of a guild scheduled event (the object Discord returns from create, get, list
/// and modify). Unknown and undocumented fields (<c>user_rsvp</c>, exceptions) are ignored.
/// </summary>
/// <param name="Id">The event's snowflake.</param>
/// <param name="Status">Where Discord says it stands (it moves EXTERNAL events by itself at their times).</param>
/// <param name="Name">Its name.</param>
/// <param name="Start"><c>scheduled_start_time</c>.</param>
/// <param name="End"><c>scheduled_end_time</c>, when set.</param>
/// <param name="Description">Its description, where WatchBot puts the booking's key.</param>
/// <param name="Location"><c>entity_metadata.location</c>.</param>
/// <param name="Repeat">The weekly rule (interval, Discord weekday), when it recurs weekly.</param>
internal sealed record ScheduledEvent(
    string Id,
    DiscordEventStatus Status,
    string Name,
    DateTimeOffset Start,
    DateTimeOffset? End,
    string? Description,
    string? Location,
    (int Interval, int Weekday)? Repeat)
{
    public bool IsFinal => Status is DiscordEventStatus.Completed or DiscordEventStatus.Canceled;

    /// <summary>Reads an event object; null when it lacks what WatchBot needs (id, status, start).</summary>
    public static ScheduledEvent? Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || Text(json, "id") is not { } id
            || !json.TryGetProperty("status", out var s) || !s.TryGetInt32(out var status) || status is < 1 or > 4
            || Time(json, "scheduled_start_time") is not { } start)
        {
            return null;
        }

        var location = json.TryGetProperty("entity_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object ? Text(meta, "location") : null;
        return new ScheduledEvent(id, (DiscordEventStatus)status, Text(json, "name") ?? "", start, Time(json, "scheduled_end_time"), Text(json, "description"), location, Weekly(json));
    }

    private static (int, int)? Weekly(JsonElement json)
    {
        if (!json.TryGetProperty("recurrence_rule", out var rule) || rule.ValueKind != JsonValueKind.Object
            || !rule.TryGetProperty("frequency", out var f) || !f.TryGetInt32(out var frequency) || frequency != DiscordRecurrence.Weekly
            || !rule.TryGetProperty("by_weekday", out var days) || days.ValueKind != JsonValueKind.Array || days.GetArrayLength() != 1
            || !days[0].TryGetInt32(out var weekday))
        {
            return null;
        }

        var interval = rule.TryGetProperty("interval", out var i) && i.TryGetInt32(out var n) ? n : 1;
        return (interval, weekday);
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement json, string name) =>
        Text(json, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
