using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Quartz;
using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;

namespace WatchBot.Scheduling;

/// <summary>
/// What a stored timer job is: its key, derived from (aggregate, kind) so that arming again replaces,
/// and a data map of plain strings so the database holds nothing binary and nothing type-bound.
/// </summary>
/// <remarks>
/// The key names and formats are a storage contract: jobs written by one version are read by the next
/// after a restart. Add keys; do not rename them. Before timers were generic a job held only
/// <c>sessionId</c>, <c>kind</c>, <c>target</c> and <c>dueAt</c> in the group <c>session-timers</c>: such a
/// job is a session's timer, and sessions keep that group, name and key so that old jobs are replaced,
/// disarmed and fired as before.
/// </remarks>
internal static class SessionTimerJobData
{
    public const string Group = "session-timers";
    public const string SessionIdKey = "sessionId";
    public const string AggregateKindKey = "aggregateKind";
    public const string AggregateIdKey = "aggregateId";
    public const string KindKey = "kind";
    public const string TargetKey = "target";
    public const string DueAtKey = "dueAt";

    /// <summary>
    /// <c>{id}/{kind}</c> in the aggregate kind's group. The kind is the last segment and never contains
    /// a slash, so two different (aggregate, kind) pairs cannot produce one name even if an id did.
    /// </summary>
    public static JobKey JobKeyFor(AggregateKey aggregate, string kind) => new(NameFor(aggregate, kind), GroupFor(aggregate.Kind));

    public static TriggerKey TriggerKeyFor(AggregateKey aggregate, string kind) => new(NameFor(aggregate, kind), GroupFor(aggregate.Kind));

    public static JobDataMap ToJobDataMap(AggregateTimer timer)
    {
        var map = new JobDataMap
        {
            [AggregateKindKey] = timer.Aggregate.Kind,
            [AggregateIdKey] = timer.Aggregate.Id,
            [KindKey] = timer.Kind,
            [TargetKey] = Format(timer.Target),
            [DueAtKey] = Format(timer.DueAt),
        };

        // Still written for sessions, so a version from before generic timers reads it after a rollback.
        if (timer.Aggregate.Kind == SessionId.AggregateKind)
        {
            map[SessionIdKey] = timer.Aggregate.Id;
        }

        return map;
    }

    /// <summary>Rebuilds the armed timer (a job without an aggregate kind is a session's); false when anything is missing or unreadable.</summary>
    public static bool TryRead(JobDataMap map, [NotNullWhen(true)] out AggregateTimer? timer)
    {
        timer = null;
        if (!TryReadAggregate(map, out var aggregate)
            || !TryGetString(map, KindKey, out var kind) || !IsName(kind)
            || !TryGetInstant(map, TargetKey, out var target)
            || !TryGetInstant(map, DueAtKey, out var dueAt))
        {
            return false;
        }

        timer = new AggregateTimer(aggregate, kind, target, dueAt);
        return true;
    }

    private static bool TryReadAggregate(JobDataMap map, [NotNullWhen(true)] out AggregateKey? aggregate)
    {
        aggregate = null;
        if (TryGetString(map, AggregateKindKey, out var kind))
        {
            if (IsName(kind) && TryGetString(map, AggregateIdKey, out var id) && !string.IsNullOrWhiteSpace(id))
            {
                aggregate = new AggregateKey(kind, id);
            }
        }
        else if (TryGetString(map, SessionIdKey, out var sessionId) && !string.IsNullOrWhiteSpace(sessionId))
        {
            aggregate = new SessionId(sessionId).Aggregate;
        }

        return aggregate is not null;
    }

    private static string GroupFor(string aggregateKind) =>
        aggregateKind == SessionId.AggregateKind ? Group : aggregateKind + "-timers";

    private static string NameFor(AggregateKey aggregate, string kind) => $"{aggregate.Id}/{kind}";

    // A kind is a plain name: letters and digits, nothing a key or a group could be confused by.
    private static bool IsName(string text) => text.Length is > 0 and <= 64 && text.All(char.IsAsciiLetterOrDigit);

    // "O" round-trips the instant and its offset exactly, and stays readable in the database.
    private static string Format(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

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
