using Microsoft.Extensions.Options;

namespace WatchBot.Scheduling;

/// <summary>Fails start-up with the offending key when the <c>Scheduling</c> section makes no sense.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
