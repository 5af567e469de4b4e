using System.Text.RegularExpressions;
using WatchBot.Core.Commands;
using WatchBot.Discord.Commands;

namespace WatchBot.Discord.Tests.Commands;

public sealed partial class WatchCommandDefinitionTests
{
    [Fact]
    public void OneWatchCommand_WithASubCommandPerCatalogEntry()
    {
        var command = Assert.Single(WatchCommandDefinition.Build())!;
        var subs = command["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList();

        Assert.Equal("watch", command["name"]!.GetValue<string>());
        Assert.Equal(CommandCatalog.All.Select(s => s.Name), subs);
        Assert.Equal(0, Assert.Single(command["contexts"]!.AsArray())!.GetValue<int>());
    }

    [Fact]
    public void Definition_MeetsDiscordsLimits()
    {
        var all = WatchCommandDefinition.Build();
        var command = all[0]!;

        Assert.True(all.ToJsonString().Length <= 8000);
        foreach (var sub in command["options"]!.AsArray())
        {
            Assert.Matches(NameRule(), sub!["name"]!.GetValue<string>());
            Assert.InRange(sub["description"]!.GetValue<string>().Length, 1, 100);
            var options = sub["options"]!.AsArray();
            Assert.True(options.Count <= 25);
            var required = options.Select(o => o!["required"]!.GetValue<bool>()).ToList();
            Assert.Equal(required.OrderByDescending(r => r), required); // required first
            foreach (var option in options)
            {
                Assert.Matches(NameRule(), option!["name"]!.GetValue<string>());
                Assert.InRange(option["description"]!.GetValue<string>().Length, 1, 100);
            }
        }
    }

    [Fact]
    public void Title_IsAStringOfAtMost100()
    {
        var start = WatchCommandDefinition.Build()[0]!["options"]!.AsArray().First(o => o!["name"]!.GetValue<string>() == "start")!;
        var title = start["options"]!.AsArray().First(o => o!["name"]!.GetValue<string>() == "title")!;

        Assert.Equal(3, title["type"]!.GetValue<int>());
        Assert.Equal(100, title["max_length"]!.GetValue<int>());
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NameRule();
}
