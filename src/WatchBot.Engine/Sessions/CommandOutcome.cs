using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Sessions;

/// <summary>What a handled command produced, for the inbound edge that must answer the sender.</summary>
/// <param name="Reply">The answer to the sender only, or null when the channel notices say it all.</param>
/// <param name="Announced">What was said in the channel (already published).</param>
public sealed record CommandOutcome(Notice? Reply, IReadOnlyList<Notice> Announced);
