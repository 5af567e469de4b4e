namespace WatchBot.Scheduling.Tests.Support;

/// <summary>A folder of the test's own for Quartz's SQLite file, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "watchbot-scheduling-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The job store file; inside a sub-folder nobody created, as a fresh deployment has.</summary>
    public string DatabasePath => System.IO.Path.Combine(Path, "data", "quartz.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite connection may still hold the file for a moment; the OS cleans temp folders.
        }
    }
}
