namespace WatchBot.Platform.Outbound;

/// <summary>
/// The outbound kit's settings. Each platform binds them from its own section (<c>Discord</c>,
/// <c>Slack</c>) and checks them with <see cref="KitOptionsValidator"/> at start.
/// </summary>
public sealed class KitOptions
{
    /// <summary>
    /// How long batched lines (reactions) gather in a channel before they are posted together.
    /// Zero posts each at once. Range 0–60 s; default 3 s.
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Lines per batched message; more wait for the next window. Range 1–50; default 20.</summary>
    public int MaxBatchLines { get; set; } = 20;

    /// <summary>
    /// Sends in flight at once across all channels (each channel sends one at a time). A send that
    /// waits inside the platform's rate gate holds its worker. Range 1–256; default 16.
    /// </summary>
    public int Workers { get; set; } = 16;

    /// <summary>
    /// Workers kept for sends the platform's shared ceiling does not hold back
    /// (<see cref="IPlatformMessenger.BypassesSharedLimit"/>): they never queue behind the
    /// <see cref="Workers"/> waiting for it. Range 1–64; default 8.
    /// </summary>
    public int ExpressWorkers { get; set; } = 8;

    /// <summary>
    /// How often one send is tried again after the platform answered "wait" (Retry-After) before it
    /// is given up so the channel moves on. Range 0–20; default 5.
    /// </summary>
    public int MaxThrottledRetries { get; set; } = 5;
}
