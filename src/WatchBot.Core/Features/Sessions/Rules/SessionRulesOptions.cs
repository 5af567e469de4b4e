
namespace WatchBot.Core.Features.Sessions.Rules;

/// <summary>Tolerances and limits of the session rules (config section <c>Sessions</c>).</summary>
public sealed class SessionRulesOptions
{
    public const string SectionName = "Sessions";

    /// <summary>Countdown before playback when <c>start</c> gives no <c>in:</c>. Default 10 s.</summary>
    public TimeSpan DefaultCountdown { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Shortest countdown a person may ask for. Default 3 s: less is not enough to press play.</summary>
    public TimeSpan MinCountdown { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Longest countdown. Default 10 min: longer is a schedule.</summary>
    public TimeSpan MaxCountdown { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Countdown before playback continues after <c>resume</c>. Default 3 s.</summary>
    public TimeSpan DefaultResumeCountdown { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long before a scheduled start its countdown is posted. Default 1 min.</summary>
    public TimeSpan ScheduledCountdownLead { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A missed start with unknown runtime is still joined this long after. Default 3 h.</summary>
    public TimeSpan LateStartGrace { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Furthest ahead a session may be scheduled. Default 365 days.</summary>
    public TimeSpan MaxScheduleAhead { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Longest runtime accepted. Default 24 h.</summary>
    public TimeSpan MaxRuntime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a session without a runtime is taken to last when a booking is checked for overlap with
    /// the other bookings of its channel. Default 2 h: a feature film.
    /// </summary>
    public TimeSpan AssumedRuntime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Title length in characters as people count them. Default 100 (Discord's option limit).</summary>
    public int MaxTitleLength { get; set; } = 100;

    /// <summary>Reaction note length. Default 200.</summary>
    public int MaxNoteLength { get; set; } = 200;

    /// <summary>
    /// Shortest gap between two reactions by one person in one session. Default 2 s; zero turns the
    /// limit off. A reaction sooner is answered "slow down" and neither kept nor shown.
    /// </summary>
    public TimeSpan ReactionInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A GO that fires later than this (the bot was down) is announced as a late start. Default 5 s.</summary>
    public TimeSpan LateGoTolerance { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The IANA time zone (<c>Europe/Paris</c>, <c>UTC</c>) times like <c>friday 9pm</c> are read in when
    /// the space set none with <c>/watch settings timezone:</c>. Default UTC.
    /// </summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Reminders before a booked start when neither <c>Sessions:DefaultReminderLeads</c> nor the booking names any.</summary>
    public static readonly IReadOnlyList<TimeSpan> BuiltInReminderLeads = [TimeSpan.FromHours(24), TimeSpan.FromMinutes(15)];

    /// <summary>
    /// Reminders before a booked start when the booking or its series names none; null: the built-in
    /// 24 h and 15 min. Null rather than a filled list by default because the configuration binder
    /// adds configured items to a list that already has some instead of replacing them.
    /// </summary>
    public IReadOnlyList<TimeSpan>? DefaultReminderLeads { get; set; }

    /// <summary>The reminder leads a booking without <c>reminders:</c> gets.</summary>
    public IReadOnlyList<TimeSpan> ReminderLeads => DefaultReminderLeads ?? BuiltInReminderLeads;

    /// <summary>Limits of break requests: bound from their own section, <c>Breaks</c> (<see cref="Breaks.BreakOptions"/>).</summary>
    public Breaks.BreakOptions Breaks { get; set; } = new();

    /// <summary>How long before a booked start a ready check (<c>schedule … ready:3</c>) opens. Default 5 min.</summary>
    public TimeSpan ReadyCheckOpensBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a ready check holds the start when <c>wait:</c> is not given. Default 10 min.</summary>
    public TimeSpan DefaultReadyWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest <c>wait:</c> a person may ask for. Default 1 h.</summary>
    public TimeSpan MaxReadyWait { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Title used when <c>start</c> or <c>schedule</c> gives none.</summary>
    public string DefaultTitle { get; set; } = "Movie night";
}
