using SkiaSharp;

namespace WatchBot.Pictures;

/// <summary>
/// Draws one recorded emoji: a Unicode emoji in the emoji font (its variation selectors dropped, as
/// the font maps the base character), a Discord server emoji as its :name: in the text font, and
/// anything the emoji font lacks in the text font.
/// </summary>
internal static class EmojiText
{
    /// <summary>Draws <paramref name="emoji"/> from <paramref name="x"/> and returns how wide it is.</summary>
    public static float Draw(SKCanvas canvas, PictureFonts fonts, string emoji, float x, float baseline, float size, SKPaint paint)
    {
        var (text, font) = Prepare(fonts, emoji, size);
        using (font)
        {
            canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
            return font.MeasureText(text);
        }
    }

    /// <summary>How wide <paramref name="emoji"/> is drawn at <paramref name="size"/>.</summary>
    public static float Measure(PictureFonts fonts, string emoji, float size)
    {
        var (text, font) = Prepare(fonts, emoji, size);
        using (font)
        {
            return font.MeasureText(text);
        }
    }

    private static (string Text, SKFont Font) Prepare(PictureFonts fonts, string emoji, float size)
    {
        var (text, typeface) = Glyphs(fonts, emoji);
        var font = new SKFont(typeface, size);
        if (!font.ContainsGlyphs(text))
        {
            font.Typeface = fonts.Text;
        }

        return (text, font);
    }

    private static (string Text, SKTypeface Typeface) Glyphs(PictureFonts fonts, string emoji)
    {
        // <:name:id> or <a:name:id>: only Discord can draw the image; its name is the honest stand-in.
        if (emoji.StartsWith('<') && emoji.Split(':') is { Length: 3 } custom)
        {
            return ($":{custom[1]}:", fonts.Text);
        }

        return (emoji.Replace("\uFE0F", string.Empty, StringComparison.Ordinal), fonts.Emoji);
    }
}
