using System.Globalization;
using WatchBot.Core.Text;

namespace WatchBot.Shell;

/// <summary>Writes channel lines to the terminal, each stamped with the local time it was said.</summary>
internal sealed class ShellOutput(IShellTerminal terminal, TimeProvider time)
{
    /// <summary>
    /// Every line the shell prints passes here, so every line is cleaned as every platform cleans user
    /// text (<see cref="UserText.Clean"/>): whatever a title, name or echoed word holds, the terminal
    /// gets no control sequences (ESC …), bidi overrides or zero-width characters. Indentation stays.
    /// </summary>
    public void Say(string text)
    {
        var stamp = TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        foreach (var line in text.Split(Environment.NewLine))
        {
            terminal.WriteLine($"[{stamp}] {Indent(line)}{UserText.Clean(line)}");
        }
    }

    /// <summary>A line only the sender sees (on Discord and Slack: an ephemeral message).</summary>
    public void Whisper(string text) => Say("(only you) " + text);

    private static string Indent(string line) => new(' ', line.Length - line.TrimStart(' ').Length);
}
