using System.Runtime.InteropServices;

namespace WatchBot.Footprint;

/// <summary>
/// Caps glibc's malloc arenas before the host starts. glibc gives each thread that allocates native
/// memory (SQLite's page caches and statements, OpenSSL, the runtime itself) an arena of its own, up to
/// 8 per core, and an arena keeps what was freed in it. A burst of commands grows the thread pool (SQLite
/// calls block their thread), and each arena then holds a few MiB for good: with 10,000 sessions started
/// that was about 35 MiB of the resident set (README "Footprint"). Two arenas cost a little lock
/// contention on native allocations, which are rare next to managed ones. An operator's own
/// <c>MALLOC_ARENA_MAX</c> or <c>GLIBC_TUNABLES</c> wins; elsewhere than glibc on Linux this does nothing.
/// Arenas made before Main (the runtime's own threads) stay; <see cref="Trim"/> empties them after a burst.
/// </summary>
internal static class MallocArenas
{
    /// <summary>How many arenas glibc may keep.</summary>
    public const int Limit = 2;

    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxParameter = -8;

    /// <summary>True when the cap was set; false when the operator chose, or this is not glibc.</summary>
    public static bool Cap(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!OperatingSystem.IsLinux() || environment("MALLOC_ARENA_MAX") is { Length: > 0 } || environment("GLIBC_TUNABLES") is { Length: > 0 })
        {
            return false;
        }

        try
        {
            return SetMallocOption(ArenaMaxParameter, Limit) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl answers 0 above, others have no such call): nothing to cap.
            return false;
        }
    }

    /// <summary>
    /// Hands the free memory inside every arena back to the operating system (glibc's malloc_trim);
    /// true when some was. Elsewhere than glibc on Linux this does nothing.
    /// </summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return TrimMalloc(0) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int TrimMalloc(nuint pad);

    // "libc" is mapped by the runtime to the C library's real name (libc.so.6 on glibc).
    [DllImport("libc", EntryPoint = "mallopt", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetMallocOption(int parameter, int value);
}
