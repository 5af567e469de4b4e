using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WatchBot.Scheduling;

/// <summary>Opens Quartz's SQLite file from <see cref="SchedulingOptions.SqlitePath"/>.</summary>
internal static class SqliteJobStore
{
    /// <summary>
    /// Quartz's data source factory. It runs when the store first needs a connection, inside the
    /// running host: the options are bound and validated by then, and the folder is made only for a
    /// host that really starts.
    /// </summary>
    public static DbDataSource CreateDataSource(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var path = Path.GetFullPath(options.SqlitePath);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Log.JobStoreOpened(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteJobStore)), path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
        return SqliteFactory.Instance.CreateDataSource(connectionString);
    }
}
