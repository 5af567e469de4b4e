using System.Text.Json;
using System.Text.Json.Nodes;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Tests.Notices;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;
using WatchBot.Testing;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>
/// The outbox and recap JSON is generated at build time now (Native AOT); what users' databases already
/// hold was written by reflection. Entries and a recap stored by the old codec (Stored/*.json, written
/// by main at ed59d38) must read back and be written again the same, and every notice must come out
/// byte for byte as the reflection-based options wrote it.
/// </summary>
public sealed class OutboxCodecCompatibilityTests
{
    private static readonly ChannelAddress Channel = new("test", "g1", "c1");

    /// <summary>The reflection-based options the codec had before (same converters).</summary>
    private static readonly JsonSerializerOptions OldNoticeJson = new(JsonSerializerDefaults.General)
    {
        IncludeFields = true,
        Converters = { new UserKeyJsonConverter(), new UserRefJsonConverter() },
    };

    private static readonly JsonSerializerOptions OldRecapJson = new(JsonSerializerDefaults.General)
    {
        Converters = { new UserKeyJsonConverter(), new UserRefJsonConverter() },
    };

    [Fact]
    public void EntriesStoredByTheOldCodec_ReadBack_AndAreWrittenAgainTheSame()
    {
        var stored = JsonNode.Parse(File.ReadAllText(StoredFile("outbox-entries.json")))!.AsArray();
        Assert.True(stored.Count >= 10, "the stored sample holds a whole session's entries");
        Assert.Contains(stored, e => (string)e!["kind"]! == nameof(SessionEnded));
        foreach (var sample in stored)
        {
            var entry = new OutboxEntry(1, Channel, (string)sample!["kind"]!, new SessionId("s1"), (string)sample["facts"]!, TestTime.Start);

            var notice = OutboxCodec.Decode(entry);

            Assert.NotNull(notice);
            Assert.Equal(entry.Kind, notice.GetType().Name);
            // Equal as JSON: a dictionary's keys (who reacted when) come out in hash order, which differs between processes.
            var again = OutboxCodec.Encode(Channel, entry.SessionId, notice, TestTime.Start)!.Facts;
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entry.Facts), JsonNode.Parse(again)), $"{entry.Kind} changed: {again}");
        }
    }

    [Fact]
    public void ARecapStoredByTheOldCodec_ReadsBack_AndIsWrittenAgainByteForByte()
    {
        var stored = File.ReadAllText(StoredFile("kept-recap.json")).TrimEnd('\n');

        var recap = RecapCodec.Decode(stored);

        Assert.NotNull(recap);
        Assert.NotEmpty(recap.Recap.Emoji);
        Assert.Equal(stored, RecapCodec.Encode(recap));
    }

    [Fact]
    public void EveryNoticeSample_IsWrittenAsTheReflectionBasedCodecWroteIt_AndReadsBackTheSame()
    {
        var samples = NoticeSamples.All();
        Assert.DoesNotContain(NoticeTypes.All, t => !samples.Any(s => s.GetType() == t));
        foreach (var notice in samples)
        {
            var type = notice.GetType();
            var generated = NoticeJsonContext.Default.GetTypeInfo(type)!;

            var json = JsonSerializer.Serialize(notice, generated);

            Assert.Equal(JsonSerializer.Serialize(notice, type, OldNoticeJson), json);
            var back = JsonSerializer.Deserialize(json, generated);
            Assert.IsType(type, back);
            Assert.Equal(json, JsonSerializer.Serialize(back, generated));
        }

        var recaps = samples.OfType<RecapShown>().Select(r => r.Kept).ToList();
        Assert.NotEmpty(recaps);
        foreach (var recap in recaps)
        {
            Assert.Equal(JsonSerializer.Serialize(recap, OldRecapJson), RecapCodec.Encode(recap));
        }
    }

    private static string StoredFile(string name) =>
        Path.Combine(RepositoryFolder.Root, "tests", "WatchBot.Engine.Tests", "Outbox", "Stored", name);
}
