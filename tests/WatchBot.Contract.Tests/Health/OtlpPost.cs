using System.Text;

namespace WatchBot.Contract.Tests.Health;

/// <summary>One request the <see cref="OtlpCollectorStub"/> received.</summary>
internal sealed record OtlpPost(string Method, string Path, string? ContentType, byte[] Body)
{
    /// <summary>Whether the protobuf body carries <paramref name="text"/> (names are plain UTF-8 strings in it).</summary>
    public bool Carries(string text) => Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
