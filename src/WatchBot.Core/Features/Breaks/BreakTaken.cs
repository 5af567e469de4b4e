namespace WatchBot.Core.Features.Breaks;

/// <summary>
/// A pause that answered a break request (approved, or automatic when enough people asked): where in
/// the film and when it began, and when playback went on (null while it lasts). The recap lists them.
/// </summary>
/// <param name="Position">The shared clock's position when the break began.</param>
/// <param name="StartedAt">When it began.</param>
/// <param name="EndedAt">When playback resumed; null while the break lasts.</param>
public sealed record BreakTaken(TimeSpan Position, DateTimeOffset StartedAt, DateTimeOffset? EndedAt = null);
