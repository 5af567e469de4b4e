namespace WatchBot.Platform.Outbound;

/// <summary>The ready list a channel's lane waits in for a worker.</summary>
internal enum ReadyLine
{
    /// <summary>In no list: being sent, parked, or retired.</summary>
    None,

    /// <summary>Served by the ordinary workers, which may wait for the platform's shared ceiling.</summary>
    Ordinary,

    /// <summary>Its next send bypasses the shared ceiling: served by the express workers.</summary>
    Express,
}
