namespace WatchBot.Scheduling;

/// <summary>Where and how Quartz keeps session timers (config section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>
    /// The SQLite file holding Quartz's jobs and triggers, so armed timers survive a restart. Default
    /// <c>data/quartz.db</c>; a relative path is resolved against the working directory, and the folder
    /// is created at start-up. Its own file, apart from the session store: Quartz serializes every
    /// operation on its database and creates its tables there.
    /// </summary>
    public string SqlitePath { get; set; } = "data/quartz.db";

    /// <summary>
    /// How late a timer may fire before Quartz treats it as misfired. Default <c>00:01:00</c>, at least
    /// <c>00:00:01</c>. A misfired timer (typically: its instant passed while the bot was down) still
    /// fires, once, as soon as the scheduler notices; the handler decides what is still worth saying.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
