using WatchBot.Core.Views;

namespace WatchBot.Engine.Ports;

/// <summary>
/// Draws an announcement's <see cref="Picture"/> as a PNG at publish time, so views and the outbox
/// keep data and never image bytes. Platforms call it only when they may post the file.
/// </summary>
public interface IPictureRenderer
{
    /// <summary>The PNG bytes of <paramref name="picture"/>, or null when it cannot be drawn here (no fonts, unknown kind): the text goes alone.</summary>
    byte[]? Render(Picture picture);
}
