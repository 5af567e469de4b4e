using WatchBot.Contract.Tests.Discord;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Contract.Tests.Scenarios;
using WatchBot.Contract.Tests.Shell;
using WatchBot.Contract.Tests.Slack;
using Xunit.Abstractions;

namespace WatchBot.Contract.Tests;

/// <summary>
/// The late joiner's answers as each platform delivers them, privately (the channel received only the
/// views the contract counts): the press instant in the platform's own syntax, exact to the second.
/// The session starts 20:00:00 with a 10 s countdown; bob asks at 20:00:00 and then at 20:00:52, when
/// the shared clock is at 0:00:42, so he is told to seek to 0:00:47 and press play at 20:00:57.
/// Each platform on SQLite files and on PostgreSQL, with the same assertions.
/// </summary>
public sealed class LateJoinContractTests(ITestOutputHelper output)
{
    private const long GoUnix = 1795377610;
    private const long PressUnix = GoUnix + 47;

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task Shell_SaysLocalTimesWithSeconds(string provider)
    {
        var answers = await AnswersAsync(storage => new ShellContractPlatform(storage: storage), provider);

        Assert.Contains("[20:00:00] (only you) ⏳ We haven't started \"Heat\": seek to 0:00:00, then press play at 20:00:10 (in 10 s), with everyone.", answers);
        Assert.Contains("[20:00:52] (only you) ▶ Joining \"Heat\": seek to 0:00:47, then press play at 20:00:57 (in 5 s).", answers);
        Assert.Contains("[20:00:52] (only you) Your player is 3.5 s behind everyone's (0:00:42 when you asked): seek to 0:00:47 and press play at 20:00:57 (in 5 s); if your player keeps playing as you seek, seek at that moment.", answers);
        Assert.Contains("[20:00:52] (only you) Your player is 2.3 s ahead of everyone's (0:00:42 when you asked): pause for 2.3 s, then play.", answers);
        Assert.Contains("[20:00:52] (only you) ✅ You're in sync: 0.0 s ahead of everyone's, within half a second.", answers);
        Assert.Contains("[20:00:52] (only you) ⏸ \"Heat\" is paused at 0:00:42: seek there and wait for resume.", answers);
        Assert.Contains("[20:00:52] (only you) Your player is 8.0 s ahead of everyone's (0:00:42 when you asked). The film is paused: seek to 0:00:42 and wait for resume.", answers);
        Assert.Contains(answers, a => a.Contains("1:02:03.5", StringComparison.Ordinal) && a.Contains("/watch check at:1:02:03", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task Discord_NamesThePressInstantAsADiscordTimestamp_InAnEphemeralAnswer(string provider)
    {
        // The contract's Discord driver asserts every answer is type 4 with flags 64 (ephemeral).
        var answers = await AnswersAsync(storage => new DiscordContractPlatform(storage: storage), provider);

        Assert.Contains(answers, a => a.Contains($"seek to 0:00:00, then press play at <t:{GoUnix}:T> (in 10 s)", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains($"seek to 0:00:47, then press play at <t:{PressUnix}:T> (in 5 s)", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains("pause for 2.3 s, then play", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains("/watch sync check at:1:02:03", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ContractStorages.Providers), MemberType = typeof(ContractStorages))]
    public async Task Slack_NamesThePressInstantAsASlackDate(string provider)
    {
        var answers = await AnswersAsync(storage => new SlackContractPlatform(storage: storage), provider);

        // Slack's markup defuses "." and ":" between digits (no link can form), so words are checked around them.
        Assert.Contains(answers, a => a.StartsWith("▶ Joining", StringComparison.Ordinal) && a.Contains($"then press play at <!date^{PressUnix}^", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains("5 s behind everyone's", StringComparison.Ordinal) && a.Contains($"press play at <!date^{PressUnix}^", StringComparison.Ordinal));
    }

    private async Task<List<string>> AnswersAsync(Func<ContractStorage, IContractPlatform> platform, string provider)
    {
        await using var storage = ContractStorage.For(provider);
        var run = await ContractRun.OnAsync(platform(storage), Script.LateJoiner.Name, output);
        await storage.AssertKeptAsync();

        // Private: the channel got exactly the start's card, the GO and the pause, nothing of bob's.
        ContractAssert.AssertDelivered(run);
        Assert.Equal(3, run.Views.Count);
        var answers = run.Replies.Select(r => r.Received).ToList();
        foreach (var answer in answers)
        {
            output.WriteLine(answer);
        }

        return answers;
    }
}
