using System.Text.RegularExpressions;
using WatchBot.Testing;

namespace WatchBot.Bench.Memory;

/// <summary>
/// The runtime variables (<c>DOTNET_*</c>) the Dockerfile's <c>ENV</c> gives the image, so that the
/// benchmark runs the bot with the settings it ships with. A variable already set in the benchmark's own
/// environment wins (to measure another setting without editing the Dockerfile).
/// </summary>
internal static partial class ImageEnvironment
{
    public static IReadOnlyDictionary<string, string> Read()
    {
        var dockerfile = Path.Combine(RepositoryFolder.Root, "Dockerfile");
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(dockerfile))
        {
            return variables;
        }

        foreach (Match match in Assignment().Matches(File.ReadAllText(dockerfile)))
        {
            var name = match.Groups["name"].Value;
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                variables[name] = match.Groups["value"].Value;
            }
        }

        return variables;
    }

    [GeneratedRegex(@"^(?:ENV)?\s+(?<name>DOTNET_[A-Za-z0-9_]+)=(?<value>[^\s\\]+)", RegexOptions.Multiline)]
    private static partial Regex Assignment();
}
