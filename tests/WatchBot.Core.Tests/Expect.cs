using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;

namespace WatchBot.Core.Tests;

/// <summary>Assertions several test classes share.</summary>
internal static class Expect
{
    /// <summary>The decision changes nothing: no save, nothing said to the channel, no timers touched.</summary>
    public static void ChangesNothing(Decision decision)
    {
        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
        Assert.Empty(decision.Arm);
        Assert.Empty(decision.Disarm);
    }

    /// <summary>A refusal to the sender only, whose suggestion (if any) is itself a working command.</summary>
    public static Refused Refused(Decision decision)
    {
        ChangesNothing(decision);
        var refused = Assert.IsType<Refused>(decision.Reply);
        Assert.False(string.IsNullOrWhiteSpace(refused.Reason));
        if (refused.Suggestion is { } suggestion)
        {
            ExampleParses(suggestion);
        }

        return refused;
    }

    /// <summary>Bad input answered to the sender only, with an example that itself parses.</summary>
    public static CommandError Invalid(Decision decision)
    {
        ChangesNothing(decision);
        var invalid = Assert.IsType<InvalidInput>(decision.Reply);
        Assert.False(string.IsNullOrWhiteSpace(invalid.Error.Message));
        ExampleParses(invalid.Error.Example);
        return invalid.Error;
    }

    /// <summary>A failed parse: a one-line message and an example that parses.</summary>
    public static CommandError ParseFailure(ParseResult result)
    {
        Assert.False(result.IsSuccess);
        Assert.Null(result.Command);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        Assert.DoesNotContain('\n', result.Error.Message);
        ExampleParses(result.Error.Example);
        return result.Error;
    }

    public static void ExampleParses(string example)
    {
        var parsed = CommandParser.Parse(example);
        Assert.True(parsed.IsSuccess, $"the example \"{example}\" does not parse: {parsed.Error?.Message}");
    }
}
