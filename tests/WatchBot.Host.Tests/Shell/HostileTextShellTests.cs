using CsCheck;
using WatchBot.Core.Kernel;
using WatchBot.Shell;
using WatchBot.Testing.Hostile;

namespace WatchBot.Host.Tests.Shell;

/// <summary>
/// Every notice printed by the shell with hostile text in every field (seeded cases): the terminal
/// gets no control sequence, bidi override or zero-width character, whatever the views hold.
/// </summary>
public sealed class HostileTextShellTests
{
    private static readonly ChannelAddress Channel = new("shell", "local", "main");

    [Fact]
    public async Task EveryPrintedLine_IsClean()
    {
        var terminal = new LinesTerminal();
        var output = new ShellOutput(terminal, TimeProvider.System);
        var markup = new ShellMarkup(TimeProvider.System);
        var publisher = new ShellPublisher(output, markup);
        var cases = HostileText.Cases(Gen.Select(HostileText.Visible, HostileText.Any, HostileText.Any), 300);
        foreach (var ((title, name, typed), index) in cases.Select((c, i) => (c, i)))
        {
            foreach (var notice in HostileNotices.All(title, name, typed))
            {
                terminal.Lines.Clear();
                await publisher.PublishAsync(Channel, notice.ToChannel(), CancellationToken.None);
                if (notice.ToReply() is { } reply)
                {
                    output.Whisper(markup.Draw(reply.Lines));
                }

                output.Whisper(typed);
                foreach (var line in terminal.Lines)
                {
                    var problems = OutboundText.ShellProblems(line);
                    Assert.True(problems.Count == 0, $"case {index} \"{HostileText.Show(line)}\": {string.Join("; ", problems)}");
                }
            }
        }
    }

    [Fact]
    public void Help_KeepsItsIndentation()
    {
        var terminal = new LinesTerminal();
        new ShellOutput(terminal, TimeProvider.System).Say("Commands:" + Environment.NewLine + "  /watch help");

        Assert.EndsWith("]   /watch help", terminal.Lines[1], StringComparison.Ordinal);
    }

    private sealed class LinesTerminal : IShellTerminal
    {
        public List<string> Lines { get; } = [];

        public bool IsInteractive => false;

        public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public void WriteLine(string line) => Lines.Add(line);

        public void Prompt(string prompt)
        {
        }
    }
}
