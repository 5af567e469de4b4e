namespace WatchBot.Host.Tests.Shell;

/// <summary>A working folder of the test's own (data/ is created inside it), removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "watchbot-host-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
