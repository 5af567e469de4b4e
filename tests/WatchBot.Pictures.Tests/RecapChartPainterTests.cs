using Microsoft.Extensions.Options;
using SkiaSharp;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Pictures.Tests;

/// <summary>
/// The recap's chart drawn headless on Linux with the NoDependencies native assets and the fonts from
/// files: the PNG decodes at the size asked, and its words and emoji are really drawn (a render without
/// them differs exactly where they go).
/// </summary>
public sealed class RecapChartPainterTests
{
    private static readonly UserRef Someone = new(new UserKey("test", "u-1"), "someone");

    [Fact]
    public void Render_DecodesAsAPngOfTheChartsSize()
    {
        var png = Renderer().Render(SampleChart());

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(RecapChartPainter.Width, bitmap.Width);
        Assert.Equal(RecapChartPainter.Height, bitmap.Height);
    }

    [Fact]
    public void Render_DrawsItsText_TheTitleRegionDiffersFromABlankRender()
    {
        var fonts = Fonts();
        using var labelled = SKBitmap.Decode(new RecapChartPainter(fonts).Paint(SampleChart()));
        using var blank = SKBitmap.Decode(new RecapChartPainter(fonts, withText: false).Paint(SampleChart()));

        // The title sits top left, the time labels under the axis: ink there only when text is really drawn.
        Assert.True(Differing(labelled, blank, new SKRectI(60, 10, 420, 50)) > 300, "title not drawn");
        Assert.True(Differing(labelled, blank, new SKRectI(40, 545, 1190, 595)) > 100, "time labels not drawn");
        Assert.Equal(0, Differing(labelled, blank, new SKRectI(0, 0, 1200, 8)));
    }

    [Fact]
    public void Render_DrawsTheEmojiInColour_WhereTheLegendPutsIt()
    {
        var fonts = Fonts();
        using var labelled = SKBitmap.Decode(new RecapChartPainter(fonts).Paint(SampleChart()));

        // The first legend emoji (😂) follows its swatch at x = 96; the colour emoji font draws it yellow.
        var region = new SKRectI(96, 64, 122, 92);
        var colourful = Pixels(labelled, region).Count(c => c.Red > 200 && c.Green > 150 && c.Blue < 100);
        Assert.True(fonts.Emoji.FamilyName.Contains("Emoji", StringComparison.OrdinalIgnoreCase), $"emoji font: {fonts.Emoji.FamilyName}");
        Assert.True(colourful > 30, $"{colourful} yellow pixels where the emoji goes");
    }

    [Fact]
    public void Render_WithoutATextFont_LeavesThePictureOut()
    {
        var options = new PictureOptions();
        options.TextFonts.Add("/nowhere/NoSuchFont.ttf");

        Assert.Null(new SkiaPictureRenderer(Options.Create(options)).Render(SampleChart()));
    }

    [Fact]
    public void Sample_IsWrittenForTheDocs()
    {
        // Writes docs/recap-sample.png when asked (WATCHBOT_WRITE_SAMPLE=1), so the README's picture is this renderer's.
        var png = Renderer().Render(SampleChart());
        Assert.NotNull(png);
        if (Environment.GetEnvironmentVariable("WATCHBOT_WRITE_SAMPLE") is { } path && path.Length > 0)
        {
            File.WriteAllBytes(path, png);
        }
    }

    internal static RecapChart SampleChart()
    {
        // A two-hour film: laughs early, a scare at 0:52, applause at the end, and a scattering of others.
        var spec = new List<(string Emoji, int Seconds)>();
        for (var i = 0; i < 14; i++)
        {
            spec.Add(("😂", 600 + (i * 2)));
        }

        for (var i = 0; i < 9; i++)
        {
            spec.Add(("😱", 3120 + (i * 3)));
        }

        for (var i = 0; i < 11; i++)
        {
            spec.Add(("👏", 6900 + i));
        }

        foreach (var (emoji, at) in new[] { ("🍿", 60), ("🍿", 1500), ("😂", 2000), ("❤️", 4000), ("😭", 5000), ("🔥", 5100), ("😂", 4300), ("🍿", 4500) })
        {
            spec.Add((emoji, at));
        }

        var reactions = spec.Select((r, i) => new Reaction(i + 1, r.Emoji, null, TimeSpan.FromSeconds(r.Seconds), Someone, DateTimeOffset.UnixEpoch)).ToList();
        return RecapChart.Of(reactions, TimeSpan.FromHours(2))!;
    }

    private static SkiaPictureRenderer Renderer() => new(Options.Create(new PictureOptions()));

    private static PictureFonts Fonts() => PictureFonts.Load(new PictureOptions()) ?? throw new InvalidOperationException("DejaVu Sans is not installed");

    private static int Differing(SKBitmap a, SKBitmap b, SKRectI region) =>
        Pixels(a, region).Zip(Pixels(b, region)).Count(p => p.First != p.Second);

    private static IEnumerable<SKColor> Pixels(SKBitmap bitmap, SKRectI region)
    {
        for (var y = region.Top; y < region.Bottom; y++)
        {
            for (var x = region.Left; x < region.Right; x++)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }
}
