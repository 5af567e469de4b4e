using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Quartz;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;

namespace WatchBot.Scheduling;

/// <summary>
/// What a stored timer job is: its key, derived from (session, kind) so that arming again replaces,
/// and a data map of plain strings so the database holds nothing binary and nothing type-bound.
/// </summary>
/// <remarks>
/// The key names and formats are a storage contract: jobs written by one version are read by the next
/// after a restart. Add keys; do not rename them.
/// </remarks>
internal static class SessionTimerJobData
{
    public const string Group = "session-timers";
    public const string SessionIdKey = "sessionId";
    public const string KindKey = "kind";
    public const string TargetKey = "target";
    public const string DueAtKey = "dueAt";

    /// <summary>
    /// <c>{session}/{kind}</c>. The kind is the last segment and never contains a slash, so two
    /// different (session, kind) pairs cannot produce one name even if a session id did.
    /// </summary>
    public static JobKey JobKeyFor(SessionId sessionId, TimerKind kind) => new(NameFor(sessionId, kind), Group);

    public static TriggerKey TriggerKeyFor(SessionId sessionId, TimerKind kind) => new(NameFor(sessionId, kind), Group);

    public static JobDataMap ToJobDataMap(SessionTimer timer) => new()
    {
        [SessionIdKey] = timer.SessionId.Value,
        [KindKey] = timer.Kind.ToString(),
        [TargetKey] = Format(timer.Target),
        [DueAtKey] = Format(timer.DueAt),
    };

    /// <summary>Rebuilds the armed timer; false when anything is missing or unreadable.</summary>
    public static bool TryRead(JobDataMap map, [NotNullWhen(true)] out SessionTimer? timer)
    {
        timer = null;
        if (!TryGetString(map, SessionIdKey, out var sessionId) || string.IsNullOrWhiteSpace(sessionId)
            || !TryGetString(map, KindKey, out var kindText)
            || !TryParseKind(kindText, out var kind)
            || !TryGetInstant(map, TargetKey, out var target)
            || !TryGetInstant(map, DueAtKey, out var dueAt))
        {
            return false;
        }

        timer = new SessionTimer(new SessionId(sessionId), kind, target, dueAt);
        return true;
    }

    private static string NameFor(SessionId sessionId, TimerKind kind) => $"{sessionId.Value}/{kind}";

    // "O" round-trips the instant and its offset exactly, and stays readable in the database.
    private static string Format(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    // Exactly a kind's name: Enum.TryParse would also take "1" and "Go, BeginCountdown".
    private static bool TryParseKind(string text, out TimerKind kind)
    {
        foreach (var candidate in Enum.GetValues<TimerKind>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static bool TryGetString(JobDataMap map, string key, [NotNullWhen(true)] out string? value)
    {
        value = map.TryGetValue(key, out var raw) ? raw as string : null;
        return value is not null;
    }

    private static bool TryGetInstant(JobDataMap map, string key, out DateTimeOffset instant)
    {
        instant = default;
        return TryGetString(map, key, out var text)
            && DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
