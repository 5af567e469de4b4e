using System.Collections.Concurrent;
using WatchBot.Core.Features.Moderation.Audit;

namespace WatchBot.Engine.Ports;

/// <summary>An audit log in memory, for hosts and tests without a store: lost on restart.</summary>
public sealed class MemoryAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(string platform, string spaceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(
            [.. _entries.Where(e => e.Platform == platform && e.SpaceId == spaceId).Reverse().Take(count)]);
}
