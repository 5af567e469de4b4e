namespace WatchBot.Bench.Memory;

/// <summary>
/// Sorts the anonymous (private, no file) memory of a process by who owns it, from the address
/// layout in /proc/&lt;pid&gt;/smaps alone: the GC reserves one huge range at start (regions, tens of
/// GiB of address space) and commits pieces of it, so the largest contiguous anonymous run is the GC
/// heap; glibc's malloc arenas are 64 MiB reservations aligned to 64 MiB (native allocations from
/// threads other than the main one: SQLite, OpenSSL, the runtime's own); the rest is thread stacks,
/// GC bookkeeping (card tables, mark arrays), loader heaps and runtime data.
/// </summary>
internal static class AnonymousRegions
{
    private const long ArenaBytes = 64L << 20;
    private const long GcReserveAtLeast = 1L << 30;

    public const string GcHeap = "GC heap (committed regions)";
    public const string MallocArenas = "malloc arenas (native: SQLite, OpenSSL, runtime)";
    public const string Other = "other anonymous (stacks, GC bookkeeping, runtime data)";

    /// <summary>Kilobytes resident per owner. Input: every mapping in address order.</summary>
    public static IReadOnlyDictionary<string, long> Classify(IReadOnlyList<Mapping> mappings)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal) { [GcHeap] = 0, [MallocArenas] = 0, [Other] = 0 };
        var runs = new List<List<Mapping>>();
        foreach (var mapping in mappings.Where(m => m.Path.Length == 0))
        {
            if (runs.Count > 0 && runs[^1][^1].End == mapping.Start)
            {
                runs[^1].Add(mapping);
            }
            else
            {
                runs.Add([mapping]);
            }
        }

        var largest = runs.Count == 0 ? null : runs.MaxBy(Span);
        var arenaStarts = ArenaStarts(mappings);
        foreach (var run in runs)
        {
            foreach (var mapping in run)
            {
                var owner = run == largest && Span(run) >= GcReserveAtLeast ? GcHeap
                    : arenaStarts.Contains(mapping.Start - (mapping.Start % ArenaBytes)) ? MallocArenas
                    : Other;
                totals[owner] += mapping.RssKb;
            }
        }

        return totals;
    }

    /// <summary>
    /// 64 MiB-aligned blocks that anonymous mappings cover exactly, start to end (an arena is its used
    /// part followed by reserved, inaccessible address space up to 64 MiB).
    /// </summary>
    private static HashSet<long> ArenaStarts(IReadOnlyList<Mapping> mappings)
    {
        var starts = new HashSet<long>();
        for (var i = 0; i < mappings.Count; i++)
        {
            if (mappings[i].Path.Length != 0 || mappings[i].Start % ArenaBytes != 0)
            {
                continue;
            }

            var end = mappings[i].End;
            for (var j = i + 1; j < mappings.Count && end < mappings[i].Start + ArenaBytes && mappings[j].Path.Length == 0 && mappings[j].Start == end; j++)
            {
                end = mappings[j].End;
            }

            if (end == mappings[i].Start + ArenaBytes)
            {
                starts.Add(mappings[i].Start);
            }
        }

        return starts;
    }

    private static long Span(List<Mapping> run) => run[^1].End - run[0].Start;
}
