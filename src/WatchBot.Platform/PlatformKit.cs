namespace WatchBot.Platform;

/// <summary>Marks the kit's assembly (for convention tests and registration scans).</summary>
public static class PlatformKit
{
    public const string AssemblyName = "WatchBot.Platform";
}
