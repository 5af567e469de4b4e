using Microsoft.Extensions.Logging;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// One provider's database for one test: every port's store, each "open" a new instance on the same
/// database (what a restarted process sees), and plain SQL that both dialects read alike (counts).
/// The one harness of every contract, the ports' and the features' alike (see <see cref="StorageContract{TStorage}"/>).
/// </summary>
public abstract class StorageUnderTest : IAsyncDisposable
{
    /// <summary>Creates the empty database (a file, or a new PostgreSQL database).</summary>
    public abstract Task InitializeAsync();

    public abstract ISessionStore OpenSessions(ILogger? logger = null);

    public abstract IPlatformLinks OpenLinks();

    public abstract ISpaceModerators OpenModerators();

    public abstract IBans OpenBans(TimeProvider time);

    public abstract IAuditLog OpenAuditLog();

    public abstract ISpaceSettingsStore OpenSpaceSettings();

    public abstract IReminderOptOuts OpenReminderOptOuts();

    public abstract ICalendarFeeds OpenCalendarFeeds();

    public abstract ICalendarSource OpenCalendarSource();

    public abstract IStorageHealth OpenHealth();

    /// <summary>
    /// The stores of a new process on the database, as the host wires them (the session store with the
    /// feature writers, the feature stores): each call is a restart. The clock tells bans and forget-me what has ended.
    /// </summary>
    internal abstract Task<FeatureStores> OpenFeaturesAsync(TimeProvider time);

    /// <summary>Every row of every table with a text value containing one of the needles.</summary>
    internal abstract Task<IReadOnlyList<Support.DatabaseScan.Hit>> ScanAsync(params string[] needles);

    /// <summary>One integer read straight from the database, past the stores.</summary>
    public abstract Task<long> ScalarAsync(string sql);

    /// <summary>One text value read straight from the database (plain text columns: JSON is formatted differently).</summary>
    public abstract Task<string> TextAsync(string sql);

    /// <summary>An SQL expression giving <paramref name="column"/>, an instant, as unix milliseconds.</summary>
    public abstract string UnixMilliseconds(string column);

    /// <summary>A statement run straight on the database, past the stores.</summary>
    public abstract Task ExecuteAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
