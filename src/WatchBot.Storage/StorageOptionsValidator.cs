using Microsoft.Extensions.Options;

namespace WatchBot.Storage;

/// <summary>Fails start-up with the offending key when the <c>Storage</c> section makes no sense.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
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

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"{S}:BusyTimeout must be between 00:00:00 and 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
