namespace WatchBot.Core.Text.Times;

/// <summary>What a typed time (<c>friday 9pm</c>, <c>in 2h</c>) means at a given "now" in a given zone.</summary>
public abstract record WhenResult;

/// <summary>
/// The time was understood. <paramref name="Local"/> is the wall-clock time in <paramref name="ZoneId"/>
/// that the echo shows beside the platform's own timestamp.
/// </summary>
/// <param name="Instant">The instant meant.</param>
/// <param name="ZoneId">The IANA zone it was read in (the space's, or one the phrase named).</param>
/// <param name="Local">Its local date and time in that zone.</param>
/// <param name="Note">Something the reader must know, e.g. which of two times an ambiguous fall-back hour took; null when none.</param>
public sealed record WhenResolved(DateTimeOffset Instant, string ZoneId, DateTime Local, string? Note = null) : WhenResult;

/// <summary>The time cannot be used as typed (a local time that does not exist…): why, and times that would work.</summary>
public sealed record WhenRefused(string Reason, IReadOnlyList<string> Suggestions) : WhenResult;
