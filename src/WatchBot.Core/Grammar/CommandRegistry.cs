using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;

namespace WatchBot.Core.Grammar;

/// <summary>
/// Every <c>/watch</c> sub-command the features declare, and everything derived from them: the typed
/// grammar (<see cref="Parse"/>), structured options (<see cref="FromOptions"/>), help lines and
/// suggestions; Discord's command definition reads <see cref="SubCommands"/>. A declaration that
/// could not work everywhere (a duplicate name, a positional it does not take) is refused here.
/// </summary>
public sealed partial class CommandRegistry
{
    /// <summary>The sub-commands declared in WatchBot.Core (<see cref="CommandDeclarations"/>).</summary>
    public static CommandRegistry Default { get; } = new(
        CommandDeclarations.SubCommands.Select(d => d.SubCommand),
        CommandDeclarations.Groups.Select(d => d.Group));

    public CommandRegistry(IEnumerable<SubCommand> subCommands, IEnumerable<CommandGroup>? groups = null)
    {
        SubCommands = [.. subCommands.OrderBy(s => s.Order)];
        Groups = [.. groups ?? []];
        foreach (var sub in SubCommands)
        {
            Check(sub);
        }

        var duplicate = SubCommands.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"/watch {duplicate.Key} is declared {duplicate.Count()} times.", nameof(subCommands));
        }

        foreach (var group in Groups)
        {
            if (!Name().IsMatch(group.Name) || group.Summary.Length is 0 or > 100 || Find(group.Name) is not null || Under(group.Name).Count() < 2)
            {
                throw new ArgumentException($"group {group.Name}: a name no sub-command has, a summary of 1-100 characters and two members or more.", nameof(groups));
            }
        }

        foreach (var sub in SubCommands.Where(s => s.Under is not null))
        {
            var verbs = Find(sub.Under!) is { GroupBy: { } by } withVerbs ? withVerbs.Option(by)!.Choices : null;
            var fits = verbs is not null ? !verbs.Any(c => c.Matches(sub.Name)) : FindGroup(sub.Under!) is not null;
            if (!fits)
            {
                throw new ArgumentException($"/watch {sub.Name}: under {sub.Under}, a group or a sub-command with verbs (none named {sub.Name}).", nameof(subCommands));
            }
        }
    }

    /// <summary>The groups with no command of their own (<see cref="CommandGroup"/>).</summary>
    public IReadOnlyList<CommandGroup> Groups { get; }

    public CommandGroup? FindGroup(string name) =>
        Groups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sub-commands that sit under <paramref name="group"/> (<see cref="SubCommand.Under"/>).</summary>
    public IEnumerable<SubCommand> Under(string group) =>
        SubCommands.Where(s => string.Equals(s.Under, group, StringComparison.OrdinalIgnoreCase));

    /// <summary>In help and Discord order.</summary>
    public IReadOnlyList<SubCommand> SubCommands { get; }

    /// <summary>Every <see cref="ISubCommandDeclaration"/> and <see cref="ICommandGroupDeclaration"/> class (public or not) in <paramref name="assemblies"/>.</summary>
    /// <remarks>Tests use it (and check <see cref="CommandDeclarations"/> against it); a trimmed build may have dropped the classes it looks for.</remarks>
    [RequiresUnreferencedCode("Scans assemblies for declaration classes and creates them by reflection.")]
    public static CommandRegistry Discover(params Assembly[] assemblies)
    {
        var types = assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        return new(
            types.Where(typeof(ISubCommandDeclaration).IsAssignableFrom).Select(t => ((ISubCommandDeclaration)Activator.CreateInstance(t, nonPublic: true)!).SubCommand),
            types.Where(typeof(ICommandGroupDeclaration).IsAssignableFrom).Select(t => ((ICommandGroupDeclaration)Activator.CreateInstance(t, nonPublic: true)!).Group));
    }

    public SubCommand? Find(string name) =>
        SubCommands.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sub-commands a mistyped name was probably meant to be (<c>strat</c> → <c>start</c>), best first.</summary>
    public IReadOnlyList<string> Nearest(string name) => Suggest.Nearest(name, SubCommands.Select(s => s.Name));

    /// <summary>One line per sub-command: its example and what it does.</summary>
    public IEnumerable<string> HelpLines() => SubCommands.Select(s => $"{s.Example} — {s.Summary}");

    private static void Check(SubCommand sub)
    {
        void Require(bool ok, string what)
        {
            if (!ok)
            {
                throw new ArgumentException($"/watch {sub.Name}: {what}.");
            }
        }

        Require(Name().IsMatch(sub.Name), "a name is 1-32 lower-case letters, digits, - or _");
        Require(sub.Summary.Length is > 0 and <= 100, "the summary is 1-100 characters");
        Require(sub.Example.StartsWith("/watch " + sub.Name, StringComparison.Ordinal), "the example starts with the sub-command");
        Require(sub.Options.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == sub.Options.Count, "each option once");
        Require(sub.Positional is null || sub.Option(sub.Positional) is not null, $"positional {sub.Positional}: is one of its options");
        foreach (var option in sub.Options)
        {
            Require(Name().IsMatch(option.Name), $"option {option.Name}: is 1-32 lower-case letters, digits, - or _");
            Require(option.Description.Length is > 0 and <= 100, $"option {option.Name}: has a description of 1-100 characters");
            Require((option.Kind == OptionKind.Choice) == (option.Choices.Count > 0), $"option {option.Name}: has choices exactly when it is a choice");
            Require(option.Choices.All(c => c.Uses.Concat(c.MayUse).All(u => sub.Option(u) is not null)), $"the verbs of {option.Name}: use only declared options");
        }

        if (sub.GroupBy is { } group)
        {
            var verbs = sub.Option(group);
            Require(verbs is { Kind: OptionKind.Choice }, $"group {group}: is a choice option");
            Require(verbs!.Choices.All(c => Name().IsMatch(c.Value) && c.Label.Length is > 0 and <= 100), $"the verbs of {group}: are names with a label of 1-100 characters");
        }
    }

    [GeneratedRegex(@"^[a-z0-9_-]{1,32}$")]
    private static partial Regex Name();
}
