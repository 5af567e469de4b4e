namespace WatchBot.Engine.Outbox;

/// <summary>
/// Fault-injection switches for tests (config section <c>Diagnostics</c>). All off by default; never
/// turn one on in a real deployment: each one makes the bot misbehave on purpose.
/// </summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>The one line start-up prints when <see cref="HoldOutboxSend"/> names no notice.</summary>
    public const string HoldOutboxSendProblem =
        "Diagnostics:HoldOutboxSend must be empty (off, the default) or the name of an announcement, for example PlaybackPaused or PlaybackStarted.";

    /// <summary>
    /// Fault injection for tests, off when empty (the default). When it names an announcement kind
    /// (<c>PlaybackPaused</c>, <c>PlaybackStarted</c>…), the outbox relay, after such an announcement is
    /// committed and before it is handed to the platform, logs one warning
    /// (<c>outbox: holding entry 12 (PlaybackPaused)…</c>) and then waits until the process stops,
    /// holding its channel: the announcement stays pending in the outbox. A test kills the process
    /// there to prove that the next start-up sends it exactly once.
    /// </summary>
    public string? HoldOutboxSend { get; set; }

    /// <summary>Whether <see cref="HoldOutboxSend"/> is empty or the name of a notice type.</summary>
    public static bool IsValid(DiagnosticsOptions options) =>
        string.IsNullOrEmpty(options.HoldOutboxSend)
        || NoticeTypes.Find(options.HoldOutboxSend) is not null;
}
