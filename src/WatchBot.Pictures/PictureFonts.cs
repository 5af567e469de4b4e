using SkiaSharp;

namespace WatchBot.Pictures;

/// <summary>The typefaces a picture is drawn with, loaded from files (never Skia's default typeface, which draws nothing here).</summary>
/// <param name="Text">For words and numbers.</param>
/// <param name="Emoji">For emoji; the text typeface when no emoji font loads.</param>
internal sealed record PictureFonts(SKTypeface Text, SKTypeface Emoji)
{
    /// <summary>The fonts named by <paramref name="options"/>, or null when no text font loads.</summary>
    public static PictureFonts? Load(PictureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = First(options.TextFontsOrDefault);
        return text is null ? null : new PictureFonts(text, First(options.EmojiFontsOrDefault) ?? text);
    }

    private static SKTypeface? First(IEnumerable<string> paths) =>
        paths.Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null);
}
