using System.Globalization;
using System.Text.RegularExpressions;

namespace WatchBot.Bench.Memory;

/// <summary>
/// One look at a process's memory from /proc (Linux): the resident set and its three kinds (anonymous,
/// file-backed, shared), and the resident kilobytes of every mapping, grouped so the print-out says
/// where the memory goes.
/// </summary>
internal sealed partial record ProcessMemory(long RssKb, long AnonKb, long FileKb, long ShmemKb, IReadOnlyList<(string Mapping, long Kb)> Mappings)
{
    public static ProcessMemory Read(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        return new ProcessMemory(Kb(status, "VmRSS"), Kb(status, "RssAnon"), Kb(status, "RssFile"), Kb(status, "RssShmem"), ReadMappings(pid));
    }

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"RSS {Mib(RssKb),6:F1} MiB  (anonymous {Mib(AnonKb):F1}, files {Mib(FileKb):F1}, shared {Mib(ShmemKb):F1})");

    /// <summary>The groups a reader can act on: runtime code, our and third-party assemblies, native heap, the rest.</summary>
    public IEnumerable<string> Breakdown(int top)
    {
        var groups = Mappings
            .GroupBy(m => Group(m.Mapping))
            .Select(g => (Group: g.Key, Kb: g.Sum(m => m.Kb)))
            .OrderByDescending(g => g.Kb);
        foreach (var (group, kb) in groups)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"    {Mib(kb),6:F1} MiB  {group}");
        }

        yield return "    largest mappings:";
        foreach (var (mapping, kb) in Mappings.OrderByDescending(m => m.Kb).Take(top))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"    {Mib(kb),6:F1} MiB  {Path.GetFileName(mapping)}");
        }
    }

    public static double Mib(long kb) => kb / 1024.0;

    private static string Group(string mapping) => mapping switch
    {
        "[anon]" => "anonymous (GC heap, stacks, runtime data)",
        "[heap]" => "native heap (malloc)",
        _ when mapping.StartsWith("/memfd:doublemapper", StringComparison.Ordinal) => "JIT-compiled code and stubs (W^X double mapping)",
        _ when mapping.Contains("/shared/Microsoft.", StringComparison.Ordinal) && mapping.EndsWith(".so", StringComparison.Ordinal) => ".NET runtime (coreclr, JIT)",
        _ when mapping.Contains("/shared/Microsoft.", StringComparison.Ordinal) => ".NET and ASP.NET Core assemblies",
        _ when Path.GetFileName(mapping).StartsWith("WatchBot", StringComparison.Ordinal) => "WatchBot assemblies",
        _ when mapping.EndsWith(".dll", StringComparison.Ordinal) => "package assemblies (Quartz, SQLite, NodaTime, …)",
        _ when mapping.Contains(".so", StringComparison.Ordinal) => "native libraries (libc, OpenSSL, SQLite, Skia, …)",
        _ => "other",
    };

    private static long Kb(Dictionary<string, string> status, string key) =>
        status.TryGetValue(key, out var value) ? long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture) : 0;

    private static List<(string, long)> ReadMappings(int pid)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        var current = "[anon]";
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            if (MappingHeader().Match(line) is { Success: true } header)
            {
                current = header.Groups["path"].Value is { Length: > 0 } path ? path.Replace(" (deleted)", "", StringComparison.Ordinal) : "[anon]";
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                totals[current] = totals.GetValueOrDefault(current) + kb;
            }
        }

        return [.. totals.Select(t => (t.Key, t.Value))];
    }

    [GeneratedRegex(@"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(?<path>.*)$")]
    private static partial Regex MappingHeader();
}
