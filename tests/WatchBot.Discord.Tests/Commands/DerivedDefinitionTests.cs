using System.Text.Json.Nodes;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;
using WatchBot.Discord.Commands;

namespace WatchBot.Discord.Tests.Commands;

/// <summary>
/// Discord's <c>/watch</c> definition is the declarations, nothing more or less: every sub-command and
/// option present with its type, required flag and choices, within Discord's limits; and it still
/// offers what Discord users had before the registry.
/// </summary>
public sealed class DerivedDefinitionTests
{
    /// <summary>
    /// The definition as it was written by hand before the registry: per sub-command (or group verb),
    /// each option as <c>name:type</c>, <c>!</c> required, <c>&lt;=n</c> max length, <c>~</c>
    /// autocomplete, <c>[values]</c> choices.
    /// </summary>
    private static readonly string[] Before =
    [
        "start: title:3<=100 in:3<=20~ runtime:3<=20~ control:3[mods|everyone|host]",
        "schedule: at:3!<=40~ title:3<=100 runtime:3<=20~ control:3[mods|everyone|host]",
        "ready: ",
        "pause: ",
        "resume: in:3<=20~",
        "seek: to:3!<=20~",
        "react: emoji:3!<=32~ note:3<=200",
        "status: ",
        "end: ",
        "mod add: user:6!",
        "mod remove: user:6!",
        "mod list: ",
        "help: ",
    ];

    [Fact]
    public void EverySubCommandAndOptionOfBefore_IsStillOffered_TheSame()
    {
        var now = Essentials(WatchCommandDefinition.Build()).ToDictionary(e => e[..e.IndexOf(':', StringComparison.Ordinal)]);

        foreach (var line in Before)
        {
            var name = line[..line.IndexOf(':', StringComparison.Ordinal)];
            Assert.True(now.TryGetValue(name, out var current), $"/watch {name} is gone");
            var had = line[(name.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var has = current[(name.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(had, option => Assert.Contains(option, has));
        }
    }

    [Fact]
    public void EveryDeclaration_IsInTheDefinition_AsDeclared()
    {
        var registry = CommandRegistry.Default;
        var subs = Options(WatchCommandDefinition.Build(registry)[0]!);

        // At the top: the sub-commands under no group, and each group where its first member comes.
        var top = registry.SubCommands.Where(s => s.Under is null).Select(s => (s.Order, s.Name))
            .Concat(registry.Groups.Select(g => (registry.Under(g.Name).Min(m => m.Order), g.Name)))
            .OrderBy(e => e.Item1)
            .Select(e => e.Name);
        Assert.Equal(top, subs.Select(Name));
        foreach (var node in subs)
        {
            if (registry.FindGroup(Name(node)) is { } pure)
            {
                Assert.Equal(2, node["type"]!.GetValue<int>());
                Assert.Equal(pure.Summary, node["description"]!.GetValue<string>());
                AssertMembers(registry.Under(pure.Name).ToList(), Options(node));
                continue;
            }

            var sub = registry.Find(Name(node))!;
            Assert.Equal(sub.Summary, node["description"]!.GetValue<string>());
            if (sub.GroupBy is { } group)
            {
                Assert.Equal(2, node["type"]!.GetValue<int>());
                var verbs = sub.Option(group)!.Choices;
                var members = registry.Under(sub.Name).ToList();
                Assert.Equal(verbs.Select(v => v.Value).Concat(members.Select(m => m.Name)), Options(node).Select(Name));
                foreach (var (verb, leaf) in verbs.Zip(Options(node)))
                {
                    Assert.Equal(verb.Label, leaf["description"]!.GetValue<string>());
                    AssertOptions([.. verb.Uses.Select(u => sub.Option(u)! with { Required = true }), .. verb.MayUse.Select(u => sub.Option(u)! with { Required = false })], leaf);
                }

                AssertMembers(members, Options(node).Skip(verbs.Count).ToList());
            }
            else
            {
                Assert.Equal(1, node["type"]!.GetValue<int>());
                AssertOptions(sub.Options, node);
            }
        }
    }

    private static void AssertMembers(IReadOnlyList<SubCommand> members, IReadOnlyList<JsonNode> leaves)
    {
        Assert.Equal(members.Select(m => m.Name), leaves.Select(Name));
        foreach (var (member, leaf) in members.Zip(leaves))
        {
            Assert.Equal(1, leaf["type"]!.GetValue<int>());
            Assert.Equal(member.Summary, leaf["description"]!.GetValue<string>());
            AssertOptions(member.Options, leaf);
        }
    }

    [Fact]
    public void ASubCommandDeclaredLater_IsDefinedWithNoOtherChange()
    {
        var wave = new SubCommand(
            "wave",
            "wave at someone",
            "/watch wave to:everyone",
            [new("to", OptionKind.User, "Whom to wave at") { Required = true }, new("for", OptionKind.Duration, "How long")],
            _ => ParseResult.Success(new ReadyCommand()));
        var registry = new CommandRegistry([.. CommandRegistry.Default.SubCommands, wave], CommandRegistry.Default.Groups);

        var defined = Options(WatchCommandDefinition.Build(registry)[0]!).Single(s => Name(s) == "wave");

        Assert.Equal("wave: to:6! for:3<=20~", Essential("wave", defined));
    }

    private static void AssertOptions(IReadOnlyList<CommandOption> declared, JsonNode leaf)
    {
        var defined = Options(leaf);
        Assert.Equal(declared.Select(o => o.Name).Order(), defined.Select(Name).Order());
        foreach (var option in declared)
        {
            var node = defined.Single(o => Name(o) == option.Name);
            Assert.Equal(option.Kind == OptionKind.User ? 6 : 3, node["type"]!.GetValue<int>());
            Assert.Equal(option.Required, node["required"]!.GetValue<bool>());
            Assert.InRange(node["description"]!.GetValue<string>().Length, 1, 100);
            Assert.Equal(option.Choices.Select(c => c.Value), node["choices"]?.AsArray().Select(c => c!["value"]!.GetValue<string>()) ?? []);
            Assert.All(node["choices"]?.AsArray() ?? [], c => Assert.InRange(c!["name"]!.GetValue<string>().Length, 1, 100));
        }
    }

    private static IEnumerable<string> Essentials(JsonArray definition)
    {
        foreach (var sub in Options(definition[0]!))
        {
            if (sub["type"]!.GetValue<int>() == 2)
            {
                foreach (var verb in Options(sub))
                {
                    yield return Essential(Name(sub) + " " + Name(verb), verb);
                }
            }
            else
            {
                yield return Essential(Name(sub), sub);
            }
        }
    }

    private static string Essential(string name, JsonNode leaf) => name + ": " + string.Join(' ', Options(leaf).Select(o =>
        $"{Name(o)}:{o["type"]}"
        + (o["required"]!.GetValue<bool>() ? "!" : "")
        + (o["max_length"] is { } max ? $"<={max}" : "")
        + (o["autocomplete"] is not null ? "~" : "")
        + (o["choices"] is JsonArray choices ? "[" + string.Join('|', choices.Select(c => c!["value"]!.GetValue<string>())) + "]" : "")));

    private static List<JsonNode> Options(JsonNode node) => [.. node["options"]!.AsArray().Select(o => o!)];

    private static string Name(JsonNode node) => node["name"]!.GetValue<string>();
}
