namespace WatchBot.Pictures;

/// <summary>
/// Section <c>Pictures</c>: the font files pictures are drawn with. SkiaSharp's NoDependencies assets
/// have no fontconfig and its default typeface draws no text, so fonts are always files. Each list is
/// tried in order and the first file that loads wins; with no text font, pictures are left out.
/// </summary>
public sealed class PictureOptions
{
    public const string SectionName = "Pictures";

    /// <summary>Whether pictures are drawn at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Fonts for words and numbers (default: DejaVu Sans from the OS).</summary>
    public IList<string> TextFonts { get; } = [];

    /// <summary>Fonts for emoji, colour first (default: Noto Color Emoji, then DejaVu Sans in black and white).</summary>
    public IList<string> EmojiFonts { get; } = [];

    public static readonly string[] DefaultTextFonts = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];

    public static readonly string[] DefaultEmojiFonts = ["/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"];

    /// <summary>The text font list as configured, or the default when none is.</summary>
    public IReadOnlyList<string> TextFontsOrDefault => TextFonts.Count == 0 ? DefaultTextFonts : [.. TextFonts];

    /// <summary>The emoji font list as configured, or the default when none is.</summary>
    public IReadOnlyList<string> EmojiFontsOrDefault => EmojiFonts.Count == 0 ? DefaultEmojiFonts : [.. EmojiFonts];
}
