using NodaTime;

namespace WatchBot.Core.Text.Times;

/// <summary>The zones of the tz database (NodaTime's), found by name in any case: <c>europe/paris</c> is Europe/Paris.</summary>
public static class TimeZoneNames
{
    private static readonly Dictionary<string, string> ById =
        DateTimeZoneProviders.Tzdb.Ids.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The zone's canonical spelling, or null when the tz database has no such zone.</summary>
    public static string? Find(string name) => ById.GetValueOrDefault(name);

    /// <summary>The zone named <paramref name="id"/>, or UTC when there is none (a setting written before a zone was removed).</summary>
    public static DateTimeZone ZoneOrUtc(string? id) =>
        (id is null ? null : Find(id)) is { } found ? DateTimeZoneProviders.Tzdb[found] : DateTimeZone.Utc;
}
