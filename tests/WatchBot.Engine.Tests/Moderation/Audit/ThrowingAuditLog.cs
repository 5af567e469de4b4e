using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Tests.Moderation.Audit;

/// <summary>An audit log whose database is gone: every call throws.</summary>
internal sealed class ThrowingAuditLog : IAuditLog
{
    public int Calls { get; private set; }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) => Throw<object>();

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(string platform, string spaceId, int count, CancellationToken cancellationToken) =>
        Throw<IReadOnlyList<AuditEntry>>();

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Throw<int>();

    private Task<T> Throw<T>()
    {
        Calls++;
        throw new InvalidOperationException("database is locked");
    }
}
