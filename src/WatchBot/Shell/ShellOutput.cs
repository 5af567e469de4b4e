using System.Globalization;

namespace WatchBot.Shell;

/// <summary>Writes channel lines to the terminal, each stamped with the local time it was said.</summary>
internal sealed class ShellOutput(IShellTerminal terminal, TimeProvider time)
{
    public void Say(string text)
    {
        var stamp = TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        foreach (var line in text.Split(Environment.NewLine))
        {
            terminal.WriteLine($"[{stamp}] {line}");
        }
    }

    /// <summary>A line only the sender sees (on Discord and Slack: an ephemeral message).</summary>
    public void Whisper(string text) => Say("(only you) " + text);
}
