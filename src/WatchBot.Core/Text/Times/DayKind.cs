namespace WatchBot.Core.Text.Times;

/// <summary>How a typed time names its day.</summary>
public enum DayKind
{
    /// <summary>No day (<c>8pm</c>): the next time the clock shows it, strictly after now.</summary>
    Next,

    /// <summary><c>today</c>: today's date, even if the time has passed (then it is refused as past).</summary>
    Today,

    /// <summary><c>tonight</c>: this evening; times before 05:00 are its small hours, after midnight.</summary>
    Tonight,

    /// <summary><c>tomorrow</c>: today's date plus one.</summary>
    Tomorrow,

    /// <summary><c>friday</c> or <c>this friday</c>: today if it is Friday and the time is still ahead, else the coming Friday.</summary>
    Weekday,

    /// <summary><c>next friday</c>: the first Friday strictly after today (on a Friday, a week later).</summary>
    NextWeekday,

    /// <summary><c>dec 5</c>, <c>5 december</c>: its next occurrence; with a year or as <c>2026-12-05</c>, that date.</summary>
    Date,
}
