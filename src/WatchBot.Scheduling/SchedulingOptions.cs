namespace WatchBot.Scheduling;

/// <summary>Where and how Quartz keeps session timers (config section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The <see cref="InstanceId"/> that asks for a generated name.</summary>
    public const string AutoInstanceId = "AUTO";

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

    /// <summary>
    /// PostgreSQL only (<c>Storage:Provider</c> = <c>postgres</c>): this process's name in Quartz's
    /// cluster, unique among the instances sharing the database. Default <c>AUTO</c>: the host name and a
    /// random suffix, new at every start. A fixed name (at most 100 characters) must differ per instance;
    /// two instances under one name each take the other's work for its own.
    /// </summary>
    public string InstanceId { get; set; } = AutoInstanceId;

    /// <summary>
    /// PostgreSQL only: how often each instance records in the database that it is alive. Default
    /// <c>00:00:05</c>, between <c>00:00:01</c> and <c>00:05:00</c>. Shorter finds a dead instance sooner
    /// for one small update per interval per instance.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// PostgreSQL only: how long past a missed check-in the others wait before they declare an instance
    /// dead and take over the timers it had claimed. Default <c>00:00:15</c>, between <c>00:00:01</c> and
    /// <c>00:10:00</c>. A dead instance's claimed timers fire about interval plus this after its last
    /// check-in; set it above the longest pause a live instance may have (a GC, a VM migration), or a
    /// paused instance is taken over while still working.
    /// </summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);
}
