namespace WatchBot.Core.Tests.Text.Times;

/// <summary>The fixed "nows" and zones the phrase table is read at, by name.</summary>
internal static class PhraseScenes
{
    private static readonly Dictionary<string, (DateTimeOffset Now, string Zone)> Scenes = new(StringComparer.Ordinal)
    {
        // Wednesday evening in Paris (UTC+1).
        ["paris wed 18:00"] = (At("2026-11-25 18:00 +01:00"), "Europe/Paris"),
        ["paris wed 22:00"] = (At("2026-11-25 22:00 +01:00"), "Europe/Paris"),
        ["paris thu 00:30"] = (At("2026-11-26 00:30 +01:00"), "Europe/Paris"),

        // Paris springs forward on Sun 29 Mar 2026 (02:00 → 03:00) and falls back on Sun 25 Oct 2026 (03:00 → 02:00).
        ["paris before spring"] = (At("2026-03-27 12:00 +01:00"), "Europe/Paris"),
        ["paris before fall"] = (At("2026-10-23 12:00 +02:00"), "Europe/Paris"),
        ["paris 02:40 first pass"] = (At("2026-10-25 02:40 +02:00"), "Europe/Paris"),
        ["paris 02:40 second pass"] = (At("2026-10-25 02:40 +01:00"), "Europe/Paris"),

        // New York springs forward on Sun 8 Mar 2026 (02:00 → 03:00) and falls back on Sun 1 Nov 2026 (02:00 → 01:00).
        ["ny before spring"] = (At("2026-03-05 20:00 -05:00"), "America/New_York"),
        ["ny before fall"] = (At("2026-10-29 20:00 -04:00"), "America/New_York"),

        // Between Christmas and the new year, Monday noon.
        ["paris mon 28 dec"] = (At("2026-12-28 12:00 +01:00"), "Europe/Paris"),

        // The tests' usual instant: Sunday 2026-11-22 20:00 UTC.
        ["utc sun 20:00"] = (At("2026-11-22 20:00 +00:00"), "UTC"),
    };

    public static (DateTimeOffset Now, string Zone) Of(string name) => Scenes[name];

    /// <summary><c>2026-11-25 18:00 +01:00</c>: a local time and the offset it has there, the way the table writes instants.</summary>
    public static DateTimeOffset At(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
}
