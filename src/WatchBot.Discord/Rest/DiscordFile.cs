namespace WatchBot.Discord.Rest;

/// <summary>A file sent with a message as <c>files[0]</c> of a multipart/form-data request (Discord "Uploading Files").</summary>
/// <param name="FileName">The name readers see; the message's <c>attachments[0].filename</c>.</param>
/// <param name="ContentType">The part's media type, e.g. <c>image/png</c>.</param>
/// <param name="Bytes">The file itself.</param>
/// <param name="Description">Alt text for readers who cannot see it (<c>attachments[0].description</c>, at most 1024 characters).</param>
public sealed record DiscordFile(string FileName, string ContentType, byte[] Bytes, string Description);
