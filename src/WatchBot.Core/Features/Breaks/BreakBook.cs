using System.Collections.Immutable;
using WatchBot.Core.Features.Sessions;

namespace WatchBot.Core.Features.Breaks;

/// <summary>
/// What the session rules call when playback changes, so break requests and breaks taken follow it:
/// a pause closes the open asks (the break they wanted has come), a resume or an end closes the break.
/// </summary>
public static class BreakBook
{
    /// <summary>The open asks, oldest first.</summary>
    public static IReadOnlyList<BreakRequest> Open(WatchSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. session.BreakRequests.Where(r => r.Open)];
    }

    /// <summary>Every ask closed: kept only for the cooldown.</summary>
    public static ImmutableList<BreakRequest> Closed(ImmutableList<BreakRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return requests.Exists(r => r.Open) ? [.. requests.Select(r => r with { Open = false })] : requests;
    }

    /// <summary>The break that lasts, if any, ended at <paramref name="at"/> (when playback goes on).</summary>
    public static ImmutableList<BreakTaken> Ended(ImmutableList<BreakTaken> breaks, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        return breaks.Count > 0 && breaks[^1].EndedAt is null ? breaks.SetItem(breaks.Count - 1, breaks[^1] with { EndedAt = at }) : breaks;
    }

    /// <summary>
    /// The asks as they stand at <paramref name="now"/>: an open ask older than the lifetime closes, and
    /// a closed one past the cooldown is forgotten (nothing needs it any more).
    /// </summary>
    public static ImmutableList<BreakRequest> Current(ImmutableList<BreakRequest> requests, DateTimeOffset now, BreakOptions options)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(options);
        var keep = Math.Max(options.RequestCooldown.Ticks, options.RequestLifetime.Ticks);
        return [.. requests
            .Select(r => r.Open && now - r.At >= options.RequestLifetime ? r with { Open = false } : r)
            .Where(r => r.Open || (now - r.At).Ticks < keep)];
    }
}
