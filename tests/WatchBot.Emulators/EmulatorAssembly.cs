namespace WatchBot.Emulators;

/// <summary>Marks the emulator assembly; Discord/ and Slack/ hold one emulator each.</summary>
public static class EmulatorAssembly
{
    /// <summary>Every emulator listens here only: tests never leave the machine.</summary>
    public const string Loopback = "http://127.0.0.1:0";

    /// <summary>
    /// How long a test waits for something the emulators or the bot must do before calling it a
    /// failure. A limit, not an expectation: it only has to hold on a machine running two CI runs
    /// on 2 cores, and a passing test never waits it out.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
}
