using WatchBot.Core.Kernel;

namespace WatchBot.Core.Features.Polls;

/// <summary>A poll's new value, committed beside its session at the version it was read at.</summary>
public sealed record PollChange(MoviePoll Poll) : AggregateChange(Poll.Id.Aggregate, Poll.Version);
