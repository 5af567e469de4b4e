namespace WatchBot.Failover.Tests;

/// <summary>One <c>/watch schedule</c> sent to one instance, and how it was answered.</summary>
/// <param name="Index">Its number, 0 to N−1 (channel and host are derived from it).</param>
/// <param name="ChannelId">The channel it was booked in (one session per channel).</param>
/// <param name="Instance">Which instance took the interaction (round-robin).</param>
/// <param name="Acknowledged">The bot answered 200 with the public card or a deferral (type 5): Discord shows the command accepted.</param>
/// <param name="Answer">What went wrong when it was not acknowledged (status, timeout, refusal text), else "".</param>
/// <param name="Milliseconds">From sending to the whole answer.</param>
internal sealed record Booking(int Index, string ChannelId, int Instance, bool Acknowledged, string Answer, double Milliseconds);
