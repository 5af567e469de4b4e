using WatchBot.Core.Kernel;
using WatchBot.Engine.Outbox;

namespace WatchBot.Engine.Tests.Outbox;

/// <summary>
/// The outbox's explicit list of notice types (kept by a trimmed, Native AOT build) against a reflection
/// scan of the assemblies: a notice added without its line here would fail to be kept at its first commit.
/// </summary>
public sealed class NoticeTypesTests
{
    private static readonly IReadOnlyList<Type> Scanned =
    [
        .. new[] { typeof(Notice).Assembly, typeof(OutboxCodec).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(Notice)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal),
    ];

    [Fact]
    public void TheListHasEveryNoticeTheAssembliesDeclare_AndNothingElse()
    {
        Assert.True(Scanned.Count > 60, $"the scan found only {Scanned.Count} notice types");
        Assert.Equal(Scanned.Select(t => t.FullName), NoticeTypes.All.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.FullName));
    }

    [Fact]
    public void EveryListedNotice_HasGeneratedJson_AndIsFoundByTheNameAnEntryStores()
    {
        Assert.All(NoticeTypes.All, type =>
        {
            Assert.NotNull(NoticeJsonContext.Default.GetTypeInfo(type));
            Assert.Same(type, NoticeTypes.Find(type.Name));
        });
        Assert.Null(NoticeTypes.Find("NoSuchNotice"));
    }
}
