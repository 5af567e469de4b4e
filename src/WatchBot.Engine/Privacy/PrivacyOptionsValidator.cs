using Microsoft.Extensions.Options;

namespace WatchBot.Engine.Privacy;

/// <summary>Fails start-up with the offending key when a retention period is out of range.</summary>
public sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(3650);

    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string P = PrivacyOptions.SectionName;
        if (options.RetainEndedSessionsFor < TimeSpan.FromHours(1) || options.RetainEndedSessionsFor > Longest)
        {
            failures.Add($"{P}:RetainEndedSessionsFor must be between 01:00:00 and 3650.00:00:00, not {options.RetainEndedSessionsFor}.");
        }

        if (options.RetainAuditFor < TimeSpan.FromDays(1) || options.RetainAuditFor > Longest)
        {
            failures.Add($"{P}:RetainAuditFor must be between 1.00:00:00 and 3650.00:00:00, not {options.RetainAuditFor}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
