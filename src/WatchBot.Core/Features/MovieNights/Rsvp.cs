using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.MovieNights;

/// <summary>An answer to "are you coming?". Stored by name: add members, never rename them.</summary>
public enum RsvpAnswer
{
    Going,
    Maybe,
    NotGoing,
}

/// <summary>
/// One person's answer for one booked session. <paramref name="Since"/> is when they first said
/// going (their place in the queue for seats); it is kept while they stay going.
/// </summary>
public sealed record Rsvp(UserRef User, RsvpAnswer Answer, DateTimeOffset Since);
