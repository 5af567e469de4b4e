using Microsoft.Extensions.Options;
using Npgsql;

namespace WatchBot.Storage;

/// <summary>Fails start-up with the offending key when the <c>Storage</c> section makes no sense.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        const string S = StorageOptions.SectionName;
        var provider = options.Provider?.Trim();
        if (!string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{S}:Provider must be '{StorageOptions.Sqlite}' (the default) or '{StorageOptions.Postgres}'.");
        }
        else if (options.UsesPostgres)
        {
            ValidatePostgres(options, failures);
        }
        else
        {
            ValidateSqlite(options, failures);
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"{S}:BusyTimeout must be between 00:00:00 and 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSqlite(StorageOptions options, List<string> failures)
    {
        const string S = StorageOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add($"{S}:SqlitePath must not be empty: it names the SQLite file that holds the sessions (default data/watchbot.db).");
        }
        else if (options.SqlitePath.Trim() == ":memory:" || options.SqlitePath.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{S}:SqlitePath must be a plain file path; an in-memory or URI database would lose the sessions.");
        }
        else if (options.SqlitePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{S}:SqlitePath contains characters that are not allowed in a path.");
        }
    }

    // The messages never repeat the connection string, nor the parser's message (it may quote a value):
    // it holds a password, and these lines are printed at start-up.
    private static void ValidatePostgres(StorageOptions options, List<string> failures)
    {
        const string S = StorageOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{S}:ConnectionString must be set when {S}:Provider is '{StorageOptions.Postgres}' (Host=...;Database=...;Username=...; the password through the environment).");
            return;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            failures.Add($"{S}:ConnectionString is not a valid PostgreSQL connection string (expected Host=...;Database=...;Username=...).");
            return;
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            failures.Add($"{S}:ConnectionString must name a Host.");
        }
    }
}
