namespace WatchBot.Engine.Privacy;

/// <summary>How long personal data is kept (config section <c>Privacy</c>), validated at start.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// How long after its end a session keeps the people in it (participants, readiness, RSVPs,
    /// reactions and notes, the host's name). Default 30 days; at least 1 hour, at most 3650 days.
    /// </summary>
    public TimeSpan RetainEndedSessionsFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an audit log entry is kept. Default 180 days; at least 1 day, at most 3650 days.</summary>
    public TimeSpan RetainAuditFor { get; set; } = TimeSpan.FromDays(180);
}
