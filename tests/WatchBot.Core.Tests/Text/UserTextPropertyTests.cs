using WatchBot.Core.Text;
using WatchBot.Testing.Hostile;

namespace WatchBot.Core.Tests.Text;

/// <summary>Cleaning over thousands of hostile strings (seeded): nothing invisible survives, and cleaning is stable.</summary>
public sealed class UserTextPropertyTests
{
    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 4)];

    [Theory]
    [MemberData(nameof(Batches))]
    public void Clean_LeavesNoInvisibleCharacter_AndIsIdempotent(int batch)
    {
        foreach (var (typed, index) in HostileText.Cases(HostileText.Any, 4000).Select((t, i) => (t, i)).Skip(batch * 1000).Take(1000))
        {
            var cleaned = UserText.Clean(typed);

            Assert.True(OutboundText.ShellProblems(cleaned).Count == 0, $"case {index} \"{HostileText.Show(typed)}\": {string.Join("; ", OutboundText.ShellProblems(cleaned))}");
            Assert.Equal(cleaned, UserText.Clean(cleaned));
            Assert.False(cleaned.StartsWith(' ') || cleaned.EndsWith(' ') || cleaned.Contains("  ", StringComparison.Ordinal), $"case {index}");
        }
    }
}
