using System.Runtime.InteropServices;
using WatchBot.Footprint;

namespace WatchBot.Host.Tests.Footprint;

/// <summary>
/// The cap on glibc's malloc arenas (README "Footprint"): set on Linux through the real C library, and
/// never over an operator's own MALLOC_ARENA_MAX or GLIBC_TUNABLES.
/// </summary>
public sealed class MallocArenasTests
{
    [Fact]
    public void Cap_OnLinux_SetsTheLimitInTheCLibrary()
    {
        var capped = MallocArenas.Cap(_ => null);

        // CI and the Docker image run on glibc, where mallopt answers 1 for an accepted setting.
        Assert.Equal(OperatingSystem.IsLinux(), capped);
    }

    [Theory]
    [InlineData("MALLOC_ARENA_MAX", "8")]
    [InlineData("GLIBC_TUNABLES", "glibc.malloc.arena_max=4")]
    public void Cap_WithTheOperatorsOwnSetting_LeavesItAlone(string variable, string value)
    {
        var asked = new List<string>();

        var capped = MallocArenas.Cap(name =>
        {
            asked.Add(name);
            return name == variable ? value : null;
        });

        Assert.False(capped);
        Assert.Equal(OperatingSystem.IsLinux(), asked.Contains(variable));
    }

    [Fact]
    public void Trim_AfterFreeingNativeMemory_HandsItBack()
    {
        // 256 blocks of 64 KiB (below glibc's mmap threshold, so from an arena) freed again: glibc keeps
        // the pages until trimmed.
        var blocks = Enumerable.Range(0, 256).Select(_ => Marshal.AllocHGlobal(64 * 1024)).ToList();
        blocks.ForEach(Marshal.FreeHGlobal);

        var trimmed = MallocArenas.Trim();

        Assert.True(trimmed || !OperatingSystem.IsLinux());
    }
}
