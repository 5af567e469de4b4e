using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Sessions;

/// <summary>A timestamped reaction: "😂 at 01:12:33", stamped with the media position when it arrived.</summary>
/// <param name="Sequence">1, 2, 3… within the session; lets storage append without duplicates.</param>
/// <param name="Emoji">The emoji as the user gave it.</param>
/// <param name="Note">An optional short note, already cleaned of control characters.</param>
/// <param name="Position">The media position when the reaction arrived.</param>
/// <param name="By">Who reacted.</param>
/// <param name="At">The instant it arrived.</param>
public sealed record Reaction(int Sequence, string Emoji, string? Note, TimeSpan Position, UserRef By, DateTimeOffset At);
