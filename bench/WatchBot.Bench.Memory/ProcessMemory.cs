using System.Globalization;
using System.Text.RegularExpressions;

namespace WatchBot.Bench.Memory;

/// <summary>
/// One look at a process's memory from /proc (Linux): the resident set and its three kinds (anonymous,
/// file-backed, shared), its thread count, and the resident kilobytes of every mapping, grouped so the
/// print-out says where the memory goes (anonymous memory split by owner, see <see cref="AnonymousRegions"/>).
/// </summary>
internal sealed partial record ProcessMemory(long RssKb, long AnonKb, long FileKb, long ShmemKb, int Threads, IReadOnlyList<Mapping> Mappings)
{
    public static ProcessMemory Read(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        return new ProcessMemory(
            Kb(status, "VmRSS"),
            Kb(status, "RssAnon"),
            Kb(status, "RssFile"),
            Kb(status, "RssShmem"),
            (int)Kb(status, "Threads"),
            ReadMappings(pid));
    }

    /// <summary>Resident kilobytes of the GC heap's committed regions.</summary>
    public long GcHeapKb => AnonymousRegions.Classify(Mappings)[AnonymousRegions.GcHeap];

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"RSS {Mib(RssKb),6:F1} MiB  (anonymous {Mib(AnonKb):F1}, files {Mib(FileKb):F1}, shared {Mib(ShmemKb):F1}; {Threads} threads)");

    /// <summary>The groups a reader can act on: GC heap, native heap, runtime code, assemblies, the rest.</summary>
    public IEnumerable<string> Breakdown(int top)
    {
        var files = Mappings
            .Where(m => m.Path.Length > 0)
            .GroupBy(m => Group(m.Path))
            .Select(g => (Group: g.Key, Kb: g.Sum(m => m.RssKb)));
        var anonymous = AnonymousRegions.Classify(Mappings).Select(pair => (Group: pair.Key, Kb: pair.Value));
        foreach (var (group, kb) in files.Concat(anonymous).OrderByDescending(g => g.Kb))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"    {Mib(kb),6:F1} MiB  {group}");
        }

        yield return "    largest files:";
        var byFile = Mappings
            .Where(m => m.Path.Length > 0)
            .GroupBy(m => m.Path)
            .Select(g => (Path: g.Key, Kb: g.Sum(m => m.RssKb)))
            .OrderByDescending(m => m.Kb)
            .Take(top);
        foreach (var (path, kb) in byFile)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"    {Mib(kb),6:F1} MiB  {System.IO.Path.GetFileName(path)}");
        }
    }

    public static double Mib(long kb) => kb / 1024.0;

    private static string Group(string path) => path switch
    {
        "[heap]" => "native heap (malloc, main arena)",
        "[stack]" => "main thread stack",
        _ when path.StartsWith("/memfd:doublemapper", StringComparison.Ordinal) => "JIT-compiled code and stubs (W^X double mapping)",
        _ when path.Contains("/shared/Microsoft.", StringComparison.Ordinal) && path.EndsWith(".so", StringComparison.Ordinal) => ".NET runtime (coreclr, JIT)",
        _ when path.Contains("/shared/Microsoft.", StringComparison.Ordinal) => ".NET and ASP.NET Core assemblies",
        _ when System.IO.Path.GetFileName(path).StartsWith("WatchBot", StringComparison.Ordinal) => "WatchBot assemblies",
        _ when path.EndsWith(".dll", StringComparison.Ordinal) => "package assemblies (Quartz, SQLite, NodaTime, …)",
        _ when path.Contains(".so", StringComparison.Ordinal) => "native libraries (libc, OpenSSL, SQLite, Skia, …)",
        _ => "other",
    };

    private static long Kb(Dictionary<string, string> status, string key) =>
        status.TryGetValue(key, out var value) ? long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture) : 0;

    private static List<Mapping> ReadMappings(int pid)
    {
        var mappings = new List<Mapping>();
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            if (MappingHeader().Match(line) is { Success: true } header)
            {
                mappings.Add(new Mapping(
                    long.Parse(header.Groups["start"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    long.Parse(header.Groups["end"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    header.Groups["path"].Value.Replace(" (deleted)", "", StringComparison.Ordinal),
                    0));
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal) && mappings.Count > 0)
            {
                mappings[^1] = mappings[^1] with { RssKb = long.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) };
            }
        }

        return mappings;
    }

    [GeneratedRegex(@"^(?<start>[0-9a-f]+)-(?<end>[0-9a-f]+) \S+ \S+ \S+ \S+\s*(?<path>.*)$")]
    private static partial Regex MappingHeader();
}
