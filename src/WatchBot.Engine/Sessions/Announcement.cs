using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Sessions;

/// <summary>A channel announcement of one decision, with its outbox entry (null when the decision committed nothing).</summary>
internal sealed record Announcement(OutboxEntry? Entry, Notice Notice);
