using NodaTime;
using WatchBot.Core.Grammar;
using WatchBot.Core.Text.Times;

namespace WatchBot.Core.Features.Spaces;

/// <summary>
/// "Did you mean …?" for a time zone the tz database does not know (<see cref="TimeZoneNames.Find"/>
/// says which it knows). Suggestions come from the geographic ids (<c>Area/City</c>), by city first:
/// <c>Paris</c> means <c>Europe/Paris</c>, <c>new york</c> means <c>America/New_York</c>.
/// </summary>
public static class TimeZoneSuggestions
{
    /// <summary>The areas of geographic ids: the names people know (legacy ids like <c>US/Eastern</c> are accepted, never offered).</summary>
    private static readonly string[] Areas = ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

    private static readonly Lazy<string[]> Offered = new(() =>
        [.. DateTimeZoneProviders.Tzdb.Ids.Where(id => Areas.Any(a => id.StartsWith(a + "/", StringComparison.Ordinal))).Order(StringComparer.Ordinal)]);

    /// <summary>Up to <paramref name="max"/> known zones close to <paramref name="typed"/>, best first; empty when none is close.</summary>
    public static IReadOnlyList<string> Nearest(string typed, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var key = Normalize(typed).ToLowerInvariant();
        if (key.Length < 2)
        {
            return [];
        }

        // A whole id is compared whole; a bare word with its city. A short word allows fewer edits.
        var whole = key.Contains('/', StringComparison.Ordinal);
        var allowed = key.Length <= 4 ? 1 : 2;
        var scored = Offered.Value
            .Select(id => (Id: id, Score: Score(key, whole ? id.ToLowerInvariant() : City(id), allowed)))
            .Where(s => s.Score is not null)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        // Only the closest: "Paris" is Europe/Paris, not also Antarctica/Davis two letters away.
        var best = scored.Min(s => s.Score);
        return [.. scored
            .Where(s => s.Score == best)
            .OrderBy(s => IsCanonical(s.Id) ? 0 : 1)
            .ThenBy(s => s.Id.Length)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(s => s.Id)];
    }

    /// <summary>0 the same, 1…allowed that many edits, allowed+1 the start of it; null not close.</summary>
    private static int? Score(string key, string name, int allowed)
    {
        if (name == key)
        {
            return 0;
        }

        var distance = Suggest.Distance(key, name);
        if (distance <= allowed)
        {
            return distance;
        }

        return key.Length >= 3 && name.StartsWith(key, StringComparison.Ordinal) ? allowed + 1 : null;
    }

    /// <summary>A zone of its own rather than an old name kept for another (<c>America/Buenos_Aires</c>).</summary>
    private static bool IsCanonical(string id) =>
        NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(id, out var canonical) && canonical == id;

    /// <summary>The last part of an id, lower case: <c>america/argentina/buenos_aires</c> → <c>buenos_aires</c>.</summary>
    private static string City(string id) => id[(id.LastIndexOf('/') + 1)..].ToLowerInvariant();

    // Ids use underscores where names have spaces (America/New_York); nobody types the underscore.
    private static string Normalize(string typed) => string.Join('_', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
