using WatchBot.Core.Views;

namespace WatchBot.Engine.Ports;

/// <summary>For hosts and tests without a picture renderer: announcements go as text alone.</summary>
public sealed class NoPictures : IPictureRenderer
{
    public byte[]? Render(Picture picture) => null;
}
