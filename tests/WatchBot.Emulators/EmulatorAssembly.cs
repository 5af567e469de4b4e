namespace WatchBot.Emulators;

/// <summary>Marks the emulator assembly; Discord/ and Slack/ hold one emulator each.</summary>
public static class EmulatorAssembly
{
    /// <summary>Every emulator listens here only: tests never leave the machine.</summary>
    public const string Loopback = "http://127.0.0.1:0";
}
