using System.Text.Json.Nodes;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Manifest;

public sealed class SlackAppManifestTests
{
    private static readonly MiniJsonSchema Schema = new(JsonNode.Parse(Fixtures.Read("slack_app_manifest_schema_1.0.0.json"))!);

    private static JsonNode Manifest() =>
        MiniYaml.Parse(File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "config", "slack-app-manifest.yml")));

    [Fact]
    public void OurManifest_IsValidAgainstSlacksSchema()
    {
        Assert.Empty(Schema.Validate(Manifest()));
    }

    [Fact]
    public void TheSchemaCheck_RejectsSlacksInvalidExample()
    {
        var errors = Schema.Validate(JsonNode.Parse(Fixtures.Read("slack_app_manifest_v1_invalid.json")));

        Assert.Contains(errors, e => e.Contains("bad_param", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSchemaCheck_AcceptsSlacksValidExample()
    {
        Assert.Empty(Schema.Validate(JsonNode.Parse(Fixtures.Read("slack_app_manifest_v1_valid_socket_mode_slash_command.json"))));
    }

    [Fact]
    public void TheSchemaCheck_CatchesABrokenCommand()
    {
        var manifest = Manifest();
        manifest["features"]!["slash_commands"]![0]!["command"] = "watch";

        Assert.Contains(Schema.Validate(manifest), e => e.Contains("slash_commands[0].command", StringComparison.Ordinal));
    }

    [Fact]
    public void OurManifest_AsksForCommandsAndChatWriteOnly()
    {
        var scopes = Manifest()["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>());

        Assert.Equal(["commands", "chat:write"], scopes);
    }

    [Fact]
    public void OurManifest_HasWatchInSocketModeWithInteractivity()
    {
        var manifest = Manifest();
        var command = manifest["features"]!["slash_commands"]!.AsArray().Single()!;

        Assert.Equal("/watch", command["command"]!.GetValue<string>());
        Assert.Null(command["url"]);
        Assert.True(command["should_escape"]!.GetValue<bool>());
        Assert.True(manifest["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
        Assert.True(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void MiniYaml_ReadsNestedMapsListsAndScalars()
    {
        var node = MiniYaml.Parse("a:\n  b: 1\n  c: \"x: y\"\nlist:\n  - one\n  - k: v\n    n: true\n");

        Assert.Equal("""{"a":{"b":1,"c":"x: y"},"list":["one",{"k":"v","n":true}]}""", node.ToJsonString());
    }
}
