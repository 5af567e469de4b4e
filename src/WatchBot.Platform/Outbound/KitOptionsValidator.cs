namespace WatchBot.Platform.Outbound;

/// <summary>One check of the kit's keys for every platform, naming each bad key in its section.</summary>
public static class KitOptionsValidator
{
    /// <summary>What is wrong with <paramref name="options"/>, as "Section:Key …" sentences; empty when fine.</summary>
    public static IReadOnlyList<string> Problems(KitOptions options, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.BatchWindow < TimeSpan.Zero || options.BatchWindow > TimeSpan.FromSeconds(60))
        {
            problems.Add($"{section}:BatchWindow must be between 00:00:00 and 00:01:00 (was {options.BatchWindow}).");
        }

        if (options.MaxBatchLines is < 1 or > 50)
        {
            problems.Add($"{section}:MaxBatchLines must be between 1 and 50 (was {options.MaxBatchLines}).");
        }

        if (options.Workers is < 1 or > 256)
        {
            problems.Add($"{section}:Workers must be between 1 and 256 (was {options.Workers}).");
        }

        if (options.ExpressWorkers is < 1 or > 64)
        {
            problems.Add($"{section}:ExpressWorkers must be between 1 and 64 (was {options.ExpressWorkers}).");
        }

        if (options.MaxThrottledRetries is < 0 or > 20)
        {
            problems.Add($"{section}:MaxThrottledRetries must be between 0 and 20 (was {options.MaxThrottledRetries}).");
        }

        return problems;
    }
}
