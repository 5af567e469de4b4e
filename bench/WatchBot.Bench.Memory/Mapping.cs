namespace WatchBot.Bench.Memory;

/// <summary>One mapping of /proc/&lt;pid&gt;/smaps: its address range, its file ("" when anonymous) and what of it is resident.</summary>
internal sealed record Mapping(long Start, long End, string Path, long RssKb);
