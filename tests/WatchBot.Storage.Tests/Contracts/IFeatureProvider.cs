namespace WatchBot.Storage.Tests.Contracts;

/// <summary>One storage provider, on a database of the test's own (a SQLite file, a PostgreSQL database).</summary>
internal interface IFeatureProvider : IAsyncDisposable
{
    /// <summary>The stores of a new process on the database: each call is a restart. The clock tells bans and forget-me what has ended.</summary>
    Task<FeatureStores> OpenAsync(TimeProvider time);

    /// <summary>Runs <paramref name="sql"/> past the stores (SQL both dialects read alike).</summary>
    Task ExecuteAsync(string sql);

    /// <summary>A number read past the stores.</summary>
    Task<long> ScalarAsync(string sql);

    /// <summary>Every row of every table with a text value containing one of the needles.</summary>
    Task<IReadOnlyList<Support.DatabaseScan.Hit>> ScanAsync(params string[] needles);
}
