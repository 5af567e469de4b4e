namespace WatchBot.Core.Views;

/// <summary>How an instant reads.</summary>
public enum InstantStyle
{
    /// <summary>A time of day to the second (when to press play).</summary>
    Time,

    /// <summary>A date and a time (a booking).</summary>
    DateTime,

    /// <summary>How far away it is ("in 2 minutes", "5 minutes ago").</summary>
    Relative,
}
