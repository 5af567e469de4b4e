using WatchBot.Core.Features.Moderation.Audit;

namespace WatchBot.Engine.Ports;

/// <summary>An audit log in memory, for hosts and tests without a store: lost on restart.</summary>
public sealed class MemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private List<AuditEntry> _entries = [];

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(string platform, string spaceId, int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>(
                [.. _entries.Where(e => e.Platform == platform && e.SpaceId == spaceId).Reverse().Take(count)]);
        }
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var before = _entries.Count;
            _entries = [.. _entries.Where(e => e.At >= cutoff)];
            return Task.FromResult(before - _entries.Count);
        }
    }
}
