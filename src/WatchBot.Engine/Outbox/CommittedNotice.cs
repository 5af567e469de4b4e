using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Outbox;

/// <summary>A notice just committed to the outbox, handed to the relay with its entry: sent as is, never rebuilt.</summary>
internal sealed record CommittedNotice(OutboxEntry Entry, Notice Notice);
