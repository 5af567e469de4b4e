namespace WatchBot.Contract.Tests.Framework;

/// <summary>
/// One thing a platform received, as that platform holds it: a new message, an edit, a message
/// scheduled or unscheduled ahead, a terminal line. <paramref name="Text"/> is the platform's own
/// syntax (Discord content and buttons, Slack text and blocks, a stamped terminal line).
/// </summary>
public sealed record Delivery(string Kind, string Text)
{
    public override string ToString() => $"{Kind}: {Text}";
}
