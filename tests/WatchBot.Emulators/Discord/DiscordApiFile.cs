namespace WatchBot.Emulators.Discord;

/// <summary>A file part of a multipart/form-data request the emulated API received.</summary>
/// <param name="Field">The form field, e.g. <c>files[0]</c>.</param>
/// <param name="FileName">The file name the part carried.</param>
/// <param name="ContentType">The part's media type.</param>
/// <param name="Bytes">The file.</param>
public sealed record DiscordApiFile(string Field, string FileName, string ContentType, byte[] Bytes);
