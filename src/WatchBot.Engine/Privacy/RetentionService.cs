using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;

namespace WatchBot.Engine.Privacy;

/// <summary>
/// One retention pass (run daily by the scheduler): people leave the sessions that ended more than
/// <see cref="PrivacyOptions.RetainEndedSessionsFor"/> ago, and audit entries older than
/// <see cref="PrivacyOptions.RetainAuditFor"/> are deleted. Both cutoffs come from the one clock.
/// </summary>
public sealed class RetentionService(IPersonalData data, IAuditLog audit, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionService> logger)
{
    /// <summary>Runs the pass; returns how many sessions were cleared and how many audit entries deleted.</summary>
    public async Task<(int Sessions, int AuditEntries)> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retain = options.Value;
        var sessions = await data.ForgetEndedSessionsAsync(now - retain.RetainEndedSessionsFor, cancellationToken);
        var entries = await audit.DeleteBeforeAsync(now - retain.RetainAuditFor, cancellationToken);
        Log.RetentionDone(logger, sessions, entries);
        return (sessions, entries);
    }
}
