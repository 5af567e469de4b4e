using System.Text.Json.Nodes;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Polls;

/// <summary>Poll commands as Discord sends them: <c>/watch poll &lt;verb&gt; name:value…</c>, a group (2) holding a sub-command (1).</summary>
internal static class PollInteractions
{
    public static JsonObject Poll(string verb, (string Name, string Value)[] options, string userId = "2000000000000000001", string name = "alice")
    {
        var interaction = DiscordInteractions.Watch(verb, options.ToDictionary(o => o.Name, o => o.Value), userId, name);
        var data = interaction["data"]!.AsObject();
        var leaf = data["options"]!.AsArray()[0]!.DeepClone();
        data["options"] = new JsonArray(new JsonObject { ["type"] = 2, ["name"] = "poll", ["options"] = new JsonArray(leaf) });
        return interaction;
    }
}
