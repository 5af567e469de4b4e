namespace WatchBot.Core.Text.Times;

/// <summary>
/// A typed time, understood but not yet placed in time: exactly one of <see cref="Instant"/> (an ISO
/// instant with its offset), <see cref="FromNow"/> (<c>in 2h</c>) or <see cref="Local"/> (<c>friday 9pm</c>).
/// <see cref="Zone"/> is the IANA zone named at the end of the phrase, if any.
/// </summary>
public sealed record WhenPhrase(DateTimeOffset? Instant, TimeSpan? FromNow, LocalWhen? Local, string? Zone);
