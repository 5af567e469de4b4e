namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// The real binary started with settings it cannot run with: one line on stderr naming the key and
/// the bad value (never a stack trace, never a secret), exit code 2, and it does not hang.
/// </summary>
public sealed class ConfigurationErrorTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    public static TheoryData<string[], string[]> BadSettings() => new()
    {
        { ["--Sessions:MinCountdown=abc"], ["Sessions:MinCountdown", "\"abc\"", "hh:mm:ss"] },
        { ["--Sessions:MinCountdown=00:00:00"], ["Sessions:MinCountdown", "00:00:00", "at least"] },
        { ["--Sessions:MaxTitleLength=lots"], ["Sessions:MaxTitleLength", "\"lots\"", "whole number"] },
        { ["--Sessions:DefaultTimeZone=Paris"], ["Sessions:DefaultTimeZone", "\"Paris\"", "Did you mean Europe/Paris?"] },
        { ["--Shell:Enabled=maybe"], ["Shell:Enabled", "\"maybe\"", "true or false"] },
        { ["--Storage:BusyTimeout=soon"], ["Storage:BusyTimeout", "\"soon\""] },
        { ["--Scheduling:MisfireThreshold=x"], ["Scheduling:MisfireThreshold", "\"x\""] },
        { ["--Discord:Token=t", "--Discord:ApplicationId=1", "--Discord:MaxRetries=many"], ["Discord:MaxRetries", "\"many\""] },
        { ["--Slack:BotToken=xoxb-1", "--Slack:MaxRetries=z"], ["Slack:MaxRetries", "\"z\""] },
        { ["--Shell:Enabled=false"], ["nothing is enabled", "Shell:Enabled", "Discord__Token"] },
        { ["--Diagnostics:HoldOutboxSend=PlaybackPause"], ["Diagnostics:HoldOutboxSend", "\"PlaybackPause\"", "PlaybackPaused"] },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task BadSetting_OneLineNamingIt_ExitCode2(string[] arguments, string[] mentioned)
    {
        using var folder = new TempFolder();
        await using var bot = ShellProcess.Start(folder.Path, arguments: arguments);
        bot.CloseInput();

        var exitCode = await bot.WaitForExitAsync(Generous);

        var lines = bot.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("WatchBot cannot start: ", line, StringComparison.Ordinal);
        foreach (var text in mentioned)
        {
            Assert.Contains(text, line, StringComparison.Ordinal);
        }

        Assert.Empty(bot.Lines);
    }

    [Fact]
    public async Task BadSetting_FromTheEnvironment_IsTheSame()
    {
        using var folder = new TempFolder();
        await using var bot = ShellProcess.Start(folder.Path, new Dictionary<string, string> { ["Sessions__MinCountdown"] = "abc" });
        bot.CloseInput();

        Assert.Equal(2, await bot.WaitForExitAsync(Generous));
        Assert.Contains("Sessions:MinCountdown is \"abc\"", bot.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretsAreNeverEchoed()
    {
        using var folder = new TempFolder();
        await using var bot = ShellProcess.Start(folder.Path, arguments: ["--Discord:Token=very-secret-token-123"]);
        bot.CloseInput();

        Assert.Equal(2, await bot.WaitForExitAsync(Generous));
        Assert.Contains("Discord:ApplicationId", bot.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-token-123", bot.Errors, StringComparison.Ordinal);
    }
}
