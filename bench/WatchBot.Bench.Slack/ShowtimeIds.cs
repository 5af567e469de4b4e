using System.Globalization;

namespace WatchBot.Bench.Slack;

/// <summary>The showtime run's Slack ids: workspace <c>w</c> is team <c>TSHOWwwww</c>, its channels <c>CwwwwXccc</c>.</summary>
internal static class ShowtimeIds
{
    public static string Team(int workspace) => string.Create(CultureInfo.InvariantCulture, $"TSHOW{workspace:D4}");

    public static string Channel(int workspace, int channel) => string.Create(CultureInfo.InvariantCulture, $"C{workspace:D4}X{channel:D3}");

    public static string User(int workspace, int channel) => string.Create(CultureInfo.InvariantCulture, $"U{workspace:D4}X{channel:D3}");

    /// <summary>The team a benchmark channel belongs to (what Slack knows from the token).</summary>
    public static string WorkspaceOf(string channel) => "TSHOW" + channel[1..5];

    public static IEnumerable<(int Workspace, int Channel)> All(int workspaces, int channels) =>
        Enumerable.Range(0, workspaces).SelectMany(w => Enumerable.Range(0, channels).Select(c => (w, c)));
}
