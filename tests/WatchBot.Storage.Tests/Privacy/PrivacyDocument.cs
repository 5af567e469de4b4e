namespace WatchBot.Storage.Tests.Privacy;

/// <summary>PRIVACY.md at the top of the repository (the folder holding WatchBot.sln), cut into its table sections.</summary>
internal static class PrivacyDocument
{
    private const string TableHeading = "### `";

    public static string Path { get; } = System.IO.Path.Combine(FindRoot(), "PRIVACY.md");

    /// <summary>Table name -> the text under its <c>### `name`</c> heading, up to the next heading of any level.</summary>
    public static Dictionary<string, string> TableSections(string markdown)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                Close();
                current = line.StartsWith(TableHeading, StringComparison.Ordinal) && line.IndexOf('`', TableHeading.Length) is var end and > 0
                    ? line[TableHeading.Length..end]
                    : null;
                continue;
            }

            text.Add(line);
        }

        Close();
        return sections;

        void Close()
        {
            if (current is not null)
            {
                sections[current] = string.Join('\n', text);
            }

            text.Clear();
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "WatchBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WatchBot.sln not found above " + AppContext.BaseDirectory);
    }
}
