using System.Text.Json.Nodes;
using WatchBot.Core.Grammar;

namespace WatchBot.Discord.Commands;

/// <summary>
/// The one <c>/watch</c> CHAT_INPUT command, derived from the declared sub-commands
/// (<see cref="CommandRegistry"/>): a sub-command each, or a group for one declared with verbs
/// (<c>mod add|remove|list</c>, and the sub-commands declared under it: <c>mod kick</c>); guild-only (<c>contexts: [0]</c>). Every value but a person is a
/// string our grammar reads, so Discord and the shell accept the same text.
/// </summary>
public static class WatchCommandDefinition
{
    private const int SubCommandOption = 1;
    private const int SubCommandGroupOption = 2;
    private const int StringOption = 3;
    private const int UserOption = 6;
    private const int MaxDescription = 100;

    /// <summary>The body of the bulk overwrite for this build's sub-commands.</summary>
    public static JsonArray Build() => Build(CommandRegistry.Default);

    /// <summary>The body of the bulk overwrite: a JSON array holding the one command.</summary>
    public static JsonArray Build(CommandRegistry registry)
    {
        // In declared order; a group with no command of its own comes where its first member would.
        var entries = registry.SubCommands
            .Where(s => s.Under is null)
            .Select(sub => (sub.Order, Json: sub.GroupBy is { } group ? Group(sub, sub.Option(group)!, registry.Under(sub.Name)) : Leaf(sub.Name, sub.Summary, sub.Options)))
            .Concat(registry.Groups.Select(g => (registry.Under(g.Name).Min(m => m.Order), Json: PureGroup(g, registry.Under(g.Name)))))
            .OrderBy(e => e.Item1);
        var subs = new JsonArray([.. entries.Select(e => e.Json)]);

        // The constructor, not a collection expression: that would call JsonArray.Add<T>, which needs reflection.
        return new JsonArray(
            new JsonObject
            {
                ["name"] = "watch",
                ["type"] = 1,
                ["description"] = "Watch something together, in sync",
                ["contexts"] = new JsonArray(0),
                ["integration_types"] = new JsonArray(0),
                ["options"] = subs,
            });
    }

    /// <summary>
    /// Each verb becomes a sub-command of the group, with the options it uses, all required; then the
    /// sub-commands declared <see cref="SubCommand.Under"/> it, as they are.
    /// </summary>
    private static JsonObject Group(SubCommand sub, CommandOption verbs, IEnumerable<SubCommand> under) => new()
    {
        ["type"] = SubCommandGroupOption,
        ["name"] = sub.Name,
        ["description"] = Cut(sub.Summary),
        ["options"] = new JsonArray([
            .. verbs.Choices.Select(verb => Leaf(verb.Value, verb.Label, [
                .. verb.Uses.Select(name => sub.Option(name)! with { Required = true }),
                .. verb.MayUse.Select(name => sub.Option(name)! with { Required = false })])),
            .. under.Select(inner => Leaf(inner.Name, inner.Summary, inner.Options))]),
    };

    private static JsonObject PureGroup(CommandGroup group, IEnumerable<SubCommand> members) => new()
    {
        ["type"] = SubCommandGroupOption,
        ["name"] = group.Name,
        ["description"] = Cut(group.Summary),
        ["options"] = new JsonArray([.. members.Select(m => Leaf(m.Name, m.Summary, m.Options))]),
    };

    private static JsonObject Leaf(string name, string description, IEnumerable<CommandOption> options) => new()
    {
        ["type"] = SubCommandOption,
        ["name"] = name,
        ["description"] = Cut(description),

        // Required options first (Discord's rule).
        ["options"] = new JsonArray([.. options.OrderBy(o => o.Required ? 0 : 1).Select(Option)]),
    };

    private static JsonObject Option(CommandOption declared)
    {
        var option = new JsonObject
        {
            ["type"] = declared.Kind == OptionKind.User ? UserOption : StringOption,
            ["name"] = declared.Name,
            ["description"] = Cut(declared.Description),
            ["required"] = declared.Required,
        };
        if (declared.EffectiveMaxLength is { } max && declared.Kind != OptionKind.User)
        {
            option["max_length"] = max;
        }

        // Discord allows choices or autocomplete on one option, not both.
        if (declared.Choices.Count > 0)
        {
            option["choices"] = new JsonArray([.. declared.Choices.Select(c => new JsonObject { ["name"] = Cut(c.Label), ["value"] = c.Value })]);
        }
        else if (declared.Completes)
        {
            option["autocomplete"] = true;
        }

        return option;
    }

    private static string Cut(string text) => text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…";
}
