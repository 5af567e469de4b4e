using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Grammar;

namespace WatchBot.Core.Tests.Commands;

/// <summary>What typed commands mean. The failures are in <see cref="CommandParserFailureTests"/>.</summary>
public sealed class CommandParserTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);

    [Fact]
    public void Parse_StartWithTitleCountdownAndRuntime()
    {
        var command = Parse("/watch start title:\"The Matrix\" in:10s runtime:2h16m");

        Assert.Equal(new StartCommand("The Matrix", 10 * S, TimeSpan.FromMinutes(136), Policy: null), command);
    }

    [Fact]
    public void Parse_StartWithNothing_LeavesDefaultsToTheRules()
    {
        Assert.Equal(new StartCommand("", null, null, null), Parse("/watch start"));
    }

    [Theory]
    [InlineData("host", ControlPolicy.HostOnly)]
    [InlineData("host-only", ControlPolicy.HostOnly)]
    [InlineData("mods", ControlPolicy.HostAndModerators)]
    [InlineData("moderators", ControlPolicy.HostAndModerators)]
    [InlineData("everyone", ControlPolicy.Everyone)]
    [InlineData("ALL", ControlPolicy.Everyone)]
    public void Parse_StartWithControl_SetsThePolicy(string typed, ControlPolicy policy)
    {
        var start = Assert.IsType<StartCommand>(Parse("/watch start title:Alien control:" + typed));

        Assert.Equal(policy, start.Policy);
    }

    [Fact]
    public void Parse_StartPositional_TakesTheWordsAsTheTitle()
    {
        Assert.Equal(new StartCommand("The Matrix", null, null, null), Parse("/watch start The Matrix"));
        Assert.Equal(new StartCommand("The Matrix", 5 * S, null, null), Parse("/watch start The Matrix in:5s"));
    }

    [Fact]
    public void Parse_StartWithCurlyQuotes_FromAPhoneKeyboard()
    {
        Assert.Equal(new StartCommand("The Matrix", null, null, null), Parse("/watch start title:“The Matrix”"));
    }

    [Theory]
    [InlineData("/watch seek to:1:02:03")]
    [InlineData("/watch seek to:62:03")]
    [InlineData("/watch seek to:3723s")]
    [InlineData("/watch seek 1:02:03")]
    [InlineData("/watch seek \"1:02:03\"")]
    public void Parse_SeekAbsolute(string typed)
    {
        Assert.Equal(new SeekCommand(TimeSpan.FromSeconds(3723), IsRelative: false), Parse(typed));
    }

    [Theory]
    [InlineData("/watch seek to:-30s", -30)]
    [InlineData("/watch seek to:+1m", 60)]
    [InlineData("/watch seek to:-1:00", -60)]
    [InlineData("/watch seek +90", 90)]
    [InlineData("/watch seek -30s", -30)]
    public void Parse_SeekRelative(string typed, int seconds)
    {
        Assert.Equal(new SeekCommand(TimeSpan.FromSeconds(seconds), IsRelative: true), Parse(typed));
    }

    [Fact]
    public void Parse_ReactWithEmojiAndQuotedNote()
    {
        Assert.Equal(new ReactCommand("😂", "that face"), Parse("/watch react emoji:😂 note:\"that face\""));
    }

    [Fact]
    public void Parse_ReactPositional_TakesTheEmoji()
    {
        Assert.Equal(new ReactCommand("😂", null), Parse("/watch react 😂"));
    }

    [Fact]
    public void Parse_ReactWithAShortcode()
    {
        Assert.Equal(new ReactCommand(":joy:", null), Parse("/watch react emoji::joy:"));
    }

    [Fact]
    public void Parse_ScheduleAtAnInstantInUtc()
    {
        var command = Parse("/watch schedule title:\"Alien\" at:2026-12-01T20:00:00Z");

        var at = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(new ScheduleCommand("Alien", ScheduleTime.At(at), null, null), command);
    }

    [Theory]
    [InlineData("2026-12-01T21:00:00+01:00")]
    [InlineData("2026-12-01T15:00:00-05:00")]
    [InlineData("2026-12-01T20:00Z")]
    [InlineData("\"2026-12-01 20:00:00Z\"")]
    [InlineData("2026-12-01T20:00:00.000Z")]
    public void Parse_ScheduleAtAnInstantWithAnOffset_IsTheSameUtcInstant(string typed)
    {
        var schedule = Assert.IsType<ScheduleCommand>(Parse("/watch schedule title:Alien at:" + typed));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero), schedule.At.Instant);
        Assert.Equal(TimeSpan.Zero, schedule.At.Instant!.Value.Offset);
    }

    [Theory]
    [InlineData("at:\"in 2h\"")]
    [InlineData("at:\"IN 2H\"")]
    [InlineData("at:“in 2h”")]
    [InlineData("at:\"in 120m\"")]
    public void Parse_ScheduleInAnOffset_KeepsItRelativeToAcceptance(string at)
    {
        var schedule = Assert.IsType<ScheduleCommand>(Parse("/watch schedule title:\"Alien\" " + at));

        Assert.Equal(ScheduleTime.In(TimeSpan.FromHours(2)), schedule.At);
    }

    [Fact]
    public void Parse_SchedulePositionalTitleAndRuntime()
    {
        Assert.Equal(
            new ScheduleCommand("Alien", ScheduleTime.In(TimeSpan.FromHours(2)), TimeSpan.FromMinutes(117), ControlPolicy.Everyone),
            Parse("/watch schedule Alien at:\"in 2h\" runtime:1h57m control:everyone"));
    }

    [Theory]
    [InlineData("/watch resume", null)]
    [InlineData("/watch resume in:5s", 5)]
    [InlineData("/watch resume 5s", 5)]
    [InlineData("/watch resume in:90", 90)]
    public void Parse_Resume(string typed, int? seconds)
    {
        Assert.Equal(new ResumeCommand(seconds is { } s ? TimeSpan.FromSeconds(s) : null), Parse(typed));
    }

    [Theory]
    [InlineData("/watch ready", typeof(ReadyCommand))]
    [InlineData("/watch pause", typeof(PauseCommand))]
    [InlineData("/watch status", typeof(StatusCommand))]
    [InlineData("/watch end", typeof(EndCommand))]
    [InlineData("/watch help", typeof(HelpCommand))]
    [InlineData("/WATCH PAUSE", typeof(PauseCommand))]
    [InlineData("pause", typeof(PauseCommand))]
    [InlineData("  /watch   status  ", typeof(StatusCommand))]
    public void Parse_CommandsWithoutOptions(string typed, Type type)
    {
        Assert.IsType(type, Parse(typed));
    }

    [Fact]
    public void Parse_OptionNames_IgnoreCase()
    {
        Assert.Equal(new StartCommand("Alien", 5 * S, null, null), Parse("/watch start TITLE:Alien In:5s"));
    }

    [Fact]
    public void Parse_AValueMayContainColons()
    {
        Assert.Equal(new ReactCommand("😂", "at 1:02:03: wow"), Parse("/watch react emoji:😂 note:\"at 1:02:03: wow\""));
    }

    [Fact]
    public void FromOptions_StructuredDiscordOptions_EndInTheSameCommand()
    {
        var options = new Dictionary<string, string> { ["title"] = "The Matrix", ["in"] = "10s", ["runtime"] = "2h16m" };

        var result = CommandParser.FromOptions("start", options);

        Assert.True(result.IsSuccess);
        Assert.Equal(Parse("/watch start title:\"The Matrix\" in:10s runtime:2h16m"), result.Command);
    }

    [Fact]
    public void FromOptions_ChecksValuesLikeTypedText()
    {
        var result = CommandParser.FromOptions("seek", new Dictionary<string, string> { ["to"] = "1:75:00" });

        Expect.ParseFailure(result);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_EveryExampleInTheSpec_Succeeds(string typed)
    {
        Assert.True(CommandParser.Parse(typed).IsSuccess);
    }

    public static TheoryData<string> Examples() =>
    [
        "/watch start title:\"The Matrix\" in:10s runtime:2h16m",
        "/watch seek to:1:02:03",
        "/watch seek to:-30s",
        "/watch react emoji:😂 note:\"that face\"",
        "/watch schedule title:\"Alien\" at:2026-12-01T20:00:00Z",
        "/watch schedule title:\"Alien\" at:\"in 2h\"",
    ];

    private static WatchCommand Parse(string typed)
    {
        var result = CommandParser.Parse(typed);
        Assert.True(result.IsSuccess, $"\"{typed}\": {result.Error?.Message}");
        Assert.Null(result.Error);
        return result.Command;
    }
}
