using WatchBot.Core.Notices;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Shell;

/// <summary>The shell's channel: what the bot says in the local channel appears in the terminal.</summary>
internal sealed class ShellPublisher(ShellOutput output, ShellRenderer renderer) : IChannelPublisher
{
    public string Platform => ShellPlatform.Name;

    public Task PublishAsync(ChannelAddress channel, Notice notice, CancellationToken cancellationToken)
    {
        output.Say(renderer.Render(notice));
        return Task.CompletedTask;
    }
}
