using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;

namespace WatchBot.Pictures;

/// <summary>
/// The <see cref="IPictureRenderer"/> of the host: draws each kind of picture with SkiaSharp. Fonts are
/// loaded once, on first use; without a text font every picture is left out (logged once).
/// </summary>
public sealed class SkiaPictureRenderer(IOptions<PictureOptions> options, ILogger<SkiaPictureRenderer>? logger = null) : IPictureRenderer
{
    private readonly ILogger _logger = logger ?? NullLogger<SkiaPictureRenderer>.Instance;
    private readonly Lazy<PictureFonts?> _fonts = new(() => Load(options.Value, logger ?? (ILogger)NullLogger.Instance));

    public byte[]? Render(Picture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        if (!options.Value.Enabled || _fonts.Value is not { } fonts)
        {
            return null;
        }

        try
        {
            return picture switch
            {
                RecapChart chart => new RecapChartPainter(fonts).Paint(chart),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            Log.DrawFailed(_logger, ex, picture.GetType().Name);
            return null;
        }
    }

    private static PictureFonts? Load(PictureOptions options, ILogger logger)
    {
        var fonts = PictureFonts.Load(options);
        if (fonts is null)
        {
            Log.NoTextFont(logger, string.Join(", ", options.TextFontsOrDefault));
        }
        else
        {
            Log.FontsLoaded(logger, fonts.Text.FamilyName, fonts.Emoji.FamilyName);
        }

        return fonts;
    }
}
