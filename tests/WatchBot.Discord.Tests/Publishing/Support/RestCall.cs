using System.Text.Json.Nodes;

namespace WatchBot.Discord.Tests.Publishing.Support;

/// <summary>One call a <see cref="RecordingRest"/> saw.</summary>
internal sealed record RestCall(string Method, string Path, JsonNode? Body)
{
    public string Content => Body?["content"]?.GetValue<string>() ?? "";

    public bool IsPost => Method == "POST";

    public bool IsEdit => Method == "PATCH";

    public string ChannelId => Path.Split('/')[2];

    public override string ToString() => $"{Method} {Path}: {Content}";
}
