using SkiaSharp;
using WatchBot.Core.Features.Recaps;

namespace WatchBot.Pictures;

/// <summary>
/// Draws a <see cref="RecapChart"/>: a title, a legend of emoji with their totals, stacked bars per
/// bucket of media time, a count axis, a time axis and the busiest moments marked with their times.
/// No names: the chart holds none.
/// </summary>
/// <param name="fonts">The typefaces to draw with.</param>
/// <param name="withText">False draws the same chart without any text (the tests' blank reference).</param>
internal sealed class RecapChartPainter(PictureFonts fonts, bool withText = true)
{
    public const int Width = 1200;
    public const int Height = 600;
    public const string Title = "Reactions over the film";

    private const float Left = 70, Right = Width - 50, Top = 150, Bottom = Height - 60;

    private static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Grid = new(0xDD, 0xDD, 0xDD);
    private static readonly SKColor Marker = new(0xC6, 0x28, 0x28);
    private static readonly SKColor[] Palette = [new(0x42, 0x85, 0xF4), new(0xF4, 0xB4, 0x00), new(0x0F, 0x9D, 0x58), new(0xAB, 0x47, 0xBC), new(0xFF, 0x70, 0x43)];
    private static readonly SKColor Other = new(0x9E, 0x9E, 0x9E);

    public byte[] Paint(RecapChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("No raster surface");
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var text = new SKFont(fonts.Text, 16);

        var totals = Enumerable.Range(0, chart.BucketCount).Select(b => chart.Series.Sum(s => s.Counts[b])).ToList();
        var step = ChartTicks.CountStep(Math.Max(1, totals.Max()), 5);
        var top = (int)Math.Ceiling(Math.Max(1, totals.Max()) / (double)step) * step;
        float Y(double count) => Bottom - (float)(count / top * (Bottom - Top));
        float X(TimeSpan at) => Left + (float)(at / (chart.BucketWidth * chart.BucketCount) * (Right - Left));

        if (withText)
        {
            using var title = new SKFont(fonts.Text, 28) { Embolden = true };
            canvas.DrawText(Title, Left, 44, SKTextAlign.Left, title, ink);
        }

        DrawLegend(canvas, chart, ink, text);
        DrawCountAxis(canvas, step, top, Y, ink, text);
        DrawBars(canvas, chart, Y, X);
        DrawTimeAxis(canvas, chart, X, ink, text);
        DrawMoments(canvas, chart, X, text);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private void DrawLegend(SKCanvas canvas, RecapChart chart, SKPaint ink, SKFont text)
    {
        var x = Left;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            using var swatch = new SKPaint { Color = ColorOf(chart, i), IsAntialias = true };
            canvas.DrawRoundRect(new SKRect(x, 70, x + 18, 88), 3, 3, swatch);
            x += 26;
            if (withText)
            {
                x += series.Emoji is { } emoji ? EmojiText.Draw(canvas, fonts, emoji, x, 88, 22, ink) : Label(canvas, "other", x, 86, text, ink);
                x += Label(canvas, $" × {series.Counts.Sum()}", x, 86, text, ink);
            }

            x += 28;
        }
    }

    private void DrawCountAxis(SKCanvas canvas, int step, int top, Func<double, float> y, SKPaint ink, SKFont text)
    {
        using var grid = new SKPaint { Color = Grid, StrokeWidth = 1 };
        for (var count = 0; count <= top; count += step)
        {
            canvas.DrawLine(Left, y(count), Right, y(count), grid);
            if (withText)
            {
                canvas.DrawText(count.ToString(System.Globalization.CultureInfo.InvariantCulture), Left - 10, y(count) + 5, SKTextAlign.Right, text, ink);
            }
        }

        canvas.DrawLine(Left, Top, Left, Bottom, ink);
    }

    private static void DrawBars(SKCanvas canvas, RecapChart chart, Func<double, float> y, Func<TimeSpan, float> x)
    {
        for (var bucket = 0; bucket < chart.BucketCount; bucket++)
        {
            var from = x(chart.BucketWidth * bucket);
            var to = x(chart.BucketWidth * (bucket + 1));
            var gap = Math.Min(2f, (to - from) / 5);
            var below = 0;
            for (var i = 0; i < chart.Series.Count; i++)
            {
                var count = chart.Series[i].Counts[bucket];
                if (count == 0)
                {
                    continue;
                }

                using var fill = new SKPaint { Color = ColorOf(chart, i) };
                canvas.DrawRect(new SKRect(from + gap, y(below + count), to - gap, y(below)), fill);
                below += count;
            }
        }
    }

    private void DrawTimeAxis(SKCanvas canvas, RecapChart chart, Func<TimeSpan, float> x, SKPaint ink, SKFont text)
    {
        canvas.DrawLine(Left, Bottom, Right, Bottom, ink);
        var end = chart.BucketWidth * chart.BucketCount;
        var step = ChartTicks.TimeStep(end, 10);
        for (var at = TimeSpan.Zero; at <= end; at += step)
        {
            canvas.DrawLine(x(at), Bottom, x(at), Bottom + 6, ink);
            if (withText)
            {
                canvas.DrawText(ChartTicks.Time(at), x(at), Bottom + 26, SKTextAlign.Center, text, ink);
            }
        }
    }

    private void DrawMoments(SKCanvas canvas, RecapChart chart, Func<TimeSpan, float> x, SKFont text)
    {
        using var marker = new SKPaint { Color = Marker, IsAntialias = true, StrokeWidth = 2, PathEffect = SKPathEffect.CreateDash([6, 4], 0) };
        using var label = new SKPaint { Color = Marker, IsAntialias = true };
        for (var i = 0; i < chart.Moments.Count; i++)
        {
            var moment = chart.Moments[i];
            var at = x(moment.At);
            canvas.DrawLine(at, Top - 22, at, Bottom, marker);
            if (withText)
            {
                // Alternate heights so two close moments do not write over each other.
                var baseline = i % 2 == 0 ? Top - 28 : Top - 4;
                var words = $" {ChartTicks.Time(moment.At)} ({moment.Count})";
                var width = EmojiText.Measure(fonts, moment.Emoji, 18) + text.MeasureText(words);

                // Right of its line, or left of it when that would run off the picture.
                var from = at + 4 + width <= Width - 4 ? at + 4 : at - 4 - width;
                var emojiWidth = EmojiText.Draw(canvas, fonts, moment.Emoji, from, baseline, 18, label);
                Label(canvas, words, from + emojiWidth, baseline - 1, text, label);
            }
        }
    }

    private static float Label(SKCanvas canvas, string value, float x, float baseline, SKFont font, SKPaint paint)
    {
        canvas.DrawText(value, x, baseline, SKTextAlign.Left, font, paint);
        return font.MeasureText(value);
    }

    private static SKColor ColorOf(RecapChart chart, int index) =>
        chart.Series[index].Emoji is null ? Other : Palette[index % Palette.Length];
}
