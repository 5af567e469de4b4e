using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Grammar;

/// <summary>Everything about a sub-command comes from its declaration, including one added from another assembly.</summary>
public sealed class CommandRegistryTests
{
    private static readonly CommandRegistry WithWave = CommandRegistry.Discover(typeof(CommandRegistry).Assembly, typeof(WaveSubCommand).Assembly);

    [Fact]
    public void Default_IsTheDeclarationsInWatchBotCore_InTheirOrder()
    {
        Assert.Equal(
            ["start", "schedule", "cancel", "reschedule", "skip", "series", "ready", "rsvp", "attendees", "reminders", "poll", "nominate", "vote", "pause", "break", "resume", "seek", "react", "status", "join", "check", "end", "recap", "rename", "mod", "kick", "ban", "unban", "lock", "unlock", "host", "audit", "calendar", "settings", "my-data", "forget-me", "help"],
            CommandRegistry.Default.SubCommands.Select(s => s.Name));
    }

    [Fact]
    public void ANewDeclaration_IsFound_AndTakesItsPlace()
    {
        Assert.Equal(
            ["start", "schedule", "cancel", "reschedule", "skip", "series", "ready", "rsvp", "attendees", "reminders", "poll", "nominate", "vote", "pause", "break", "resume", "seek", "react", "status", "join", "check", "wave", "end", "recap", "rename", "mod", "kick", "ban", "unban", "lock", "unlock", "host", "audit", "calendar", "settings", "my-data", "forget-me", "help"],
            WithWave.SubCommands.Select(s => s.Name));
    }

    [Theory]
    [InlineData("/watch wave to:everyone", "everyone", null)]
    [InlineData("/watch wave ALL for:5s", "everyone", 5)]
    [InlineData("wave host", "host", null)]
    public void ANewDeclaration_ParsesAsTypedText(string typed, string to, int? seconds)
    {
        var result = WithWave.Parse(typed);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new WaveCommand(to, seconds is { } s ? TimeSpan.FromSeconds(s) : null), result.Command);
    }

    [Fact]
    public void ANewDeclaration_ParsesFromStructuredOptions()
    {
        var result = WithWave.FromOptions("wave", new Dictionary<string, string> { ["to"] = "host", ["for"] = "1m" });

        Assert.Equal(new WaveCommand("host", TimeSpan.FromMinutes(1)), result.Command);
    }

    [Theory]
    [InlineData("/watch wave", "needs to:")]
    [InlineData("/watch wave to:nobody", "one of everyone or host")]
    [InlineData("/watch wave to:host for:5 seconds", "Write it as 5s")]
    [InlineData("/watch wave to:host colour:red", "it takes to:, for:")]
    [InlineData("/watch wvae to:host", "Did you mean wave?")]
    public void ANewDeclaration_GetsTheSameErrors(string typed, string says)
    {
        var result = WithWave.Parse(typed);

        Assert.False(result.IsSuccess);
        Assert.Contains(says, result.Error.Message, StringComparison.Ordinal);
        Assert.True(WithWave.Parse(result.Error.Example).IsSuccess, result.Error.Example);
    }

    [Fact]
    public void ANewDeclaration_IsInHelp()
    {
        Assert.Contains("/watch wave to:everyone — wave at someone", WithWave.HelpLines());
        Assert.DoesNotContain(CommandRegistry.Default.HelpLines(), line => line.Contains("wave", StringComparison.Ordinal));
    }

    [Fact]
    public void HelpLines_AreTheDeclarations_ExampleThenSummary()
    {
        Assert.Equal(
            CommandRegistry.Default.SubCommands.Select(s => s.Example + " — " + s.Summary),
            CommandCatalog.HelpLines());
    }

    [Theory]
    [MemberData(nameof(RequiredOptions))]
    public void RequiredOption_Missing_IsRefusedBeforeTheDeclarationReadsIt(string sub, string option)
    {
        var declared = CommandRegistry.Default.Find(sub)!;
        var others = declared.Options.Where(o => o.Name != option && o.Kind is OptionKind.Text).ToDictionary(o => o.Name, _ => "x");

        var error = Expect.ParseFailure(CommandRegistry.Default.FromOptions(sub, others));

        Assert.Contains($"needs {option}:", error.Message, StringComparison.Ordinal);
        Assert.Equal(declared.Example, error.Example);
    }

    public static TheoryData<string, string> RequiredOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var sub in CommandRegistry.Default.SubCommands)
        {
            foreach (var option in sub.Options.Where(o => o.Required))
            {
                data.Add(sub.Name, option.Name);
            }
        }

        return data;
    }
}
