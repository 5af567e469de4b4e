using System.Text.RegularExpressions;
using WatchBot.Core.Grammar;

namespace WatchBot.Host.Tests.Conventions;

/// <summary>
/// The README's commands table is what a new user copies: every command in it must work, none may
/// depend on today's date, and every sub-command of the grammar must be in it.
/// </summary>
public sealed partial class ReadmeCommandsTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));

    // Distinct: a command the table names twice (a row and another row's explanation) is one case;
    // xunit would otherwise skip the second with a warning instead of running it.
    public static TheoryData<string> TableCommands() => [.. Commands().Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Commands()
    {
        foreach (var row in Readme.Value.Split('\n').Where(l => l.StartsWith("| `/watch ", StringComparison.Ordinal)))
        {
            foreach (Match code in CodeSpan().Matches(row))
            {
                if (code.Groups[1].Value.StartsWith("/watch ", StringComparison.Ordinal))
                {
                    yield return code.Groups[1].Value;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void EveryCommandInTheTable_Parses(string command)
    {
        var parsed = CommandParser.Parse(command);

        Assert.True(parsed.IsSuccess, $"{command}: {parsed.Error?.Message}");
    }

    [Fact]
    public void TheTable_ListsEverySubCommand()
    {
        var listed = Commands().Select(command => command.Split(' ')[1]).ToHashSet();

        Assert.All(CommandCatalog.All, spec => Assert.Contains(spec.Name, listed));
    }

    [Fact]
    public void NoExample_NamesADate()
    {
        Assert.DoesNotMatch(DatedExample(), Readme.Value);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WatchBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("WatchBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"at:""?\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatedExample();
}
