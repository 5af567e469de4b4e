namespace WatchBot.Bench.Common;

/// <summary>
/// One endpoint an open-loop schedule sends to: <paramref name="MakeRequest"/> builds its
/// <c>i</c>th request (counted per target), <paramref name="IsSuccess"/> judges the answer.
/// </summary>
public sealed record LoadTarget(string Name, Func<int, HttpRequestMessage> MakeRequest, Func<HttpResponseMessage, bool> IsSuccess);
