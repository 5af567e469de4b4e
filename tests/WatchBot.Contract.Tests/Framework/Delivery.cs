namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// One thing a platform received, as that platform holds it: a new message, an edit, a message
/// scheduled or unscheduled ahead, a terminal line. <paramref name="Text"/> is the platform's own
/// syntax (Discord content and buttons, Slack text and blocks, a stamped terminal line).
/// </summary>
public sealed record Delivery(string Kind, string Text)
{
    /// <summary>Goes out gathered with others after the platform's batch window, not at once.</summary>
    public bool Batched { get; init; }

    public override string ToString() => $"{Kind}: {Text}";
}
