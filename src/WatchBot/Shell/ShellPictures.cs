using Microsoft.Extensions.Options;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Shell;

/// <summary>
/// A terminal shows no image: the shell writes an announcement's picture as a PNG under
/// <see cref="ShellOptions.PictureFolder"/> and prints where, right after the announcement.
/// </summary>
internal sealed class ShellPictures(IPictureRenderer renderer, IOptions<ShellOptions> options)
{
    /// <summary>The full path <paramref name="picture"/> was written to, or null when it could not be drawn here.</summary>
    public async Task<string?> WriteAsync(Picture picture, CancellationToken cancellationToken)
    {
        if (renderer.Render(picture) is not { } png)
        {
            return null;
        }

        var folder = Path.GetFullPath(options.Value.PictureFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, SafeName(picture.FileName));
        await File.WriteAllBytesAsync(path, png, cancellationToken).ConfigureAwait(false);
        return path;
    }

    // The name comes from our own ids, but a file name never gets to pick its folder.
    private static string SafeName(string name)
    {
        var safe = new string([.. Path.GetFileName(name).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]).TrimStart('.');
        return safe.Length == 0 ? "picture.png" : safe;
    }
}
