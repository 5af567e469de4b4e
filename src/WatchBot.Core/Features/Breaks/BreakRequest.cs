using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Breaks;

/// <summary>
/// One person's latest ask for a break on a session. Kept after it closes (the session paused, or a
/// break was approved) for as long as the cooldown needs it: one ask per person every few minutes.
/// </summary>
/// <param name="By">Who asked.</param>
/// <param name="At">When.</param>
/// <param name="Open">Still waiting for a break: false once the session paused or resumed.</param>
public sealed record BreakRequest(UserRef By, DateTimeOffset At, bool Open = true);
