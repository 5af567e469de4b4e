namespace WatchBot.Failover.Tests;

/// <summary>
/// How fast the survivors took over the killed instance's work, each measured from the SIGKILL:
/// <list type="bullet">
/// <item><see cref="Released"/>: until a survivor's cluster recovery deleted the dead instance's check-in
/// row, the moment its claimed timers were free for the others (polled every 100 ms);</item>
/// <item><see cref="FirstClaimedGo"/>: until the first GO reached a channel whose GO timer the dead
/// instance had claimed at the kill (null when it had claimed none: Quartz claims a timer at most 30 s
/// before it is due, one at a time);</item>
/// <item><see cref="FirstLeasedSent"/>: until a survivor marked sent the first outbox entry of a channel
/// whose outbox lease the dead instance held at the kill (its relay's own clock; null when it held none
/// or none was sent);</item>
/// <item><see cref="FirstOwnedGo"/>: until the first GO reached a channel whose booking the dead instance
/// had acknowledged.</item>
/// </list>
/// </summary>
internal sealed record TakeOver(TimeSpan? Released, int ClaimedTimers, TimeSpan? FirstClaimedGo, int LeasedChannels, TimeSpan? FirstLeasedSent, TimeSpan? FirstOwnedGo);
