using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Tests.Aggregates;

/// <summary>A test-only second aggregate (think of a poll's vote count), saved beside a session.</summary>
internal sealed record Tally(AggregateKey Key, long ExpectedVersion, int Count) : AggregateChange(Key, ExpectedVersion)
{
    public const string Kind = "tally";

    public static Tally New(string id, int count) => new(new AggregateKey(Kind, id), 0, count);
}
