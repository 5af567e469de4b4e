namespace WatchBot.Testing;

/// <summary>The checked-out repository a test or benchmark was built from: the folder above its binary that holds WatchBot.sln.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WatchBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("WatchBot.sln not found above " + AppContext.BaseDirectory);
    }
}
