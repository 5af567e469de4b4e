using Microsoft.Extensions.Options;

namespace WatchBot.Scheduling;

/// <summary>Fails start-up with the offending key when the <c>Scheduling</c> section makes no sense.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    /// <summary>Well inside Quartz's instance name column, and readable in a log line.</summary>
    private const int MaxInstanceIdLength = 100;

    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string S = SchedulingOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add($"{S}:SqlitePath must name a file.");
        }
        else if (options.SqlitePath.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{S}:SqlitePath contains characters that are not allowed in a path.");
        }

        if (options.MisfireThreshold < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{S}:MisfireThreshold must be at least 00:00:01.");
        }

        if (string.IsNullOrWhiteSpace(options.InstanceId) || options.InstanceId.Length > MaxInstanceIdLength)
        {
            failures.Add($"{S}:InstanceId must be AUTO or a name of 1 to {MaxInstanceIdLength} characters, different on every instance.");
        }

        if (options.ClusterCheckinInterval < TimeSpan.FromSeconds(1) || options.ClusterCheckinInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{S}:ClusterCheckinInterval must be between 00:00:01 and 00:05:00.");
        }

        if (options.ClusterCheckinMisfireThreshold < TimeSpan.FromSeconds(1) || options.ClusterCheckinMisfireThreshold > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{S}:ClusterCheckinMisfireThreshold must be between 00:00:01 and 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
