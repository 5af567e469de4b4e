using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Text.Times;

namespace WatchBot.Engine.Sessions;

/// <summary>Fails start-up with the offending key when the <c>Sessions</c> section makes no sense.</summary>
public sealed class SessionRulesOptionsValidator : IValidateOptions<SessionRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SessionRulesOptions options)
    {
        var failures = new List<string>();
        const string S = SessionRulesOptions.SectionName;
        if (options.MinCountdown < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{S}:MinCountdown must be at least 00:00:01.");
        }

        if (options.MaxCountdown < options.MinCountdown)
        {
            failures.Add($"{S}:MaxCountdown must not be shorter than {S}:MinCountdown.");
        }

        if (options.DefaultCountdown < options.MinCountdown || options.DefaultCountdown > options.MaxCountdown)
        {
            failures.Add($"{S}:DefaultCountdown must lie between {S}:MinCountdown and {S}:MaxCountdown.");
        }

        if (options.DefaultResumeCountdown < options.MinCountdown || options.DefaultResumeCountdown > options.MaxCountdown)
        {
            failures.Add($"{S}:DefaultResumeCountdown must lie between {S}:MinCountdown and {S}:MaxCountdown.");
        }

        if (options.ScheduledCountdownLead < TimeSpan.Zero || options.LateStartGrace < TimeSpan.Zero || options.LateGoTolerance < TimeSpan.Zero)
        {
            failures.Add($"{S}:ScheduledCountdownLead, LateStartGrace and LateGoTolerance must not be negative.");
        }

        if (options.AssumedRuntime <= TimeSpan.Zero || options.AssumedRuntime > options.MaxRuntime)
        {
            failures.Add($"{S}:AssumedRuntime must be more than 0 and at most {S}:MaxRuntime.");
        }

        if (options.MaxTitleLength is < 1 or > 100)
        {
            failures.Add($"{S}:MaxTitleLength must be between 1 and 100 (Discord's limit for an option value shown as a title).");
        }

        if (options.MaxNoteLength is < 1 or > 1000)
        {
            failures.Add($"{S}:MaxNoteLength must be between 1 and 1000.");
        }

        if (options.ReactionInterval < TimeSpan.Zero || options.ReactionInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{S}:ReactionInterval must be between 00:00:00 (no limit) and 00:01:00.");
        }

        // Exactly a tz database id: the rules look it up as written, so a case slip would read every time in UTC.
        var leads = options.DefaultReminderLeads ?? [];
        if (leads.Count > 5 || leads.Any(l => l < TimeSpan.FromMinutes(1) || l > options.MaxScheduleAhead) || leads.Distinct().Count() != leads.Count)
        {
            failures.Add($"{S}:DefaultReminderLeads takes at most 5 different leads, each from 00:01:00 to {S}:MaxScheduleAhead (an empty list: no reminders unless a booking asks).");
        }

        var zone = TimeZoneNames.Find(options.DefaultTimeZone ?? "");
        if (!string.Equals(zone, options.DefaultTimeZone, StringComparison.Ordinal))
        {
            IReadOnlyList<string> near = zone is not null ? [zone] : TimeZoneSuggestions.Nearest(options.DefaultTimeZone ?? "");
            var hint = near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "";
            failures.Add($"{S}:DefaultTimeZone \"{options.DefaultTimeZone}\" is not a time zone of the tz database.{hint} Use an IANA name such as Europe/Paris or America/New_York, or UTC.");
        }

        if (options.ReadyCheckOpensBefore < TimeSpan.Zero || options.MaxReadyWait < options.MinCountdown
            || options.DefaultReadyWait < options.MinCountdown || options.DefaultReadyWait > options.MaxReadyWait)
        {
            failures.Add($"{S}:ReadyCheckOpensBefore must not be negative, and {S}:DefaultReadyWait must lie between {S}:MinCountdown and {S}:MaxReadyWait.");
        }

        if (string.IsNullOrWhiteSpace(options.DefaultTitle))
        {
            failures.Add($"{S}:DefaultTitle must not be empty.");
        }

        if (options.Breaks.RequestCooldown < TimeSpan.Zero || options.Breaks.RequestLifetime <= TimeSpan.Zero)
        {
            failures.Add("Breaks:RequestCooldown must not be negative, and Breaks:RequestLifetime must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
