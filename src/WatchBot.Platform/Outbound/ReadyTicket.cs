namespace WatchBot.Platform.Outbound;

/// <summary>A lane's place in a ready list; valid while <see cref="Number"/> is the lane's <see cref="ChannelLane.Ticket"/>.</summary>
internal readonly record struct ReadyTicket(ChannelLane Lane, int Number);
