using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

public sealed class CommandCatalogTests
{
    public static TheoryData<string> SubCommands() => [.. CommandCatalog.All.Select(spec => spec.Name)];

    [Fact]
    public void All_ListsEverySubCommandOfTheSpecOnce()
    {
        Assert.Equal(
            ["start", "schedule", "cancel", "reschedule", "skip", "series", "ready", "rsvp", "attendees", "reminders", "poll", "nominate", "vote", "pause", "break", "resume", "seek", "react", "status", "join", "check", "end", "recap", "rename", "mod", "kick", "ban", "unban", "lock", "unlock", "host", "audit", "calendar", "settings", "my-data", "forget-me", "help"],
            CommandCatalog.All.Select(spec => spec.Name));
    }

    [Theory]
    [MemberData(nameof(SubCommands))]
    public void Example_OfEverySubCommand_ParsesToThatSubCommand(string name)
    {
        var spec = CommandCatalog.Find(name)!;

        var parsed = CommandParser.Parse(spec.Example);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        Assert.Equal(name, parsed.Command.Name);
    }

    [Fact]
    public void Positional_WhenGiven_IsOneOfTheSubCommandsOwnOptions()
    {
        var withPositional = CommandCatalog.All.Where(spec => spec.Positional is not null).ToList();

        Assert.Equal(["start", "schedule", "cancel", "reschedule", "skip", "series", "rsvp", "attendees", "reminders", "poll", "nominate", "vote", "break", "resume", "seek", "react", "check", "rename", "mod", "kick", "ban", "unban", "host", "calendar", "forget-me"], withPositional.Select(spec => spec.Name));
        Assert.All(withPositional, spec => Assert.NotNull(spec.Option(spec.Positional!)));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("START")]
    [InlineData("Seek")]
    public void Find_IgnoresCase(string typed)
    {
        Assert.Equal(typed.ToLowerInvariant(), CommandCatalog.Find(typed)?.Name);
    }

    [Theory]
    [InlineData("play")]
    [InlineData("")]
    [InlineData("star")]
    public void Find_UnknownName_IsNull(string typed)
    {
        Assert.Null(CommandCatalog.Find(typed));
    }

    [Fact]
    public void HelpLines_OnePerSubCommand_EachStartingWithAWorkingExample()
    {
        var lines = CommandCatalog.HelpLines().ToList();

        Assert.Equal(CommandCatalog.All.Count, lines.Count);
        foreach (var (line, spec) in lines.Zip(CommandCatalog.All))
        {
            Assert.StartsWith(spec.Example + " — ", line, StringComparison.Ordinal);
            Assert.EndsWith(spec.Summary, line, StringComparison.Ordinal);
        }
    }
}
