namespace WatchBot.Bench.Common;

/// <summary>
/// One endpoint an open-loop schedule sends to: <paramref name="MakeRequest"/> builds its
/// <c>i</c>th request (counted per target), <paramref name="IsSuccess"/> judges the answer.
/// </summary>
public sealed record LoadTarget(string Name, Func<int, HttpRequestMessage> MakeRequest, Func<HttpResponseMessage, bool> IsSuccess)
{
    /// <summary>
    /// Called before the clock starts with how many requests this target will get (numbered from 0),
    /// so the generator's own work (building, signing) is done ahead and not charged to the target's
    /// latency; every target of a comparison is prepared alike.
    /// </summary>
    public Action<int>? Prepare { get; init; }
}
