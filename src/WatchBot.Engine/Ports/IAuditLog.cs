using WatchBot.Core.Features.Moderation.Audit;

namespace WatchBot.Engine.Ports;

/// <summary>Where each space's audit log is kept (append only).</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The space's latest <paramref name="count"/> entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(string platform, string spaceId, int count, CancellationToken cancellationToken);

    /// <summary>Deletes every entry older than <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
