using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WatchBot.Emulators.Discord;

// Uploading files as Discord takes them: multipart/form-data with the JSON body as payload_json and
// each file as files[n], which the body's attachments must describe by id n; anything else is 400
// Invalid Form Body (50035). A JSON body is read as before.
public sealed partial class DiscordApiEmulator
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _filesDenied = new(StringComparer.Ordinal);

    /// <summary>From now on, messages with files to <paramref name="channelId"/> answer 403 50013 (Attach Files withdrawn); text still goes.</summary>
    public void DenyFiles(string channelId) => _filesDenied[channelId] = true;

    private (int, JsonNode?)? FilesRefused(string[] segments, IReadOnlyList<DiscordApiFile> files) =>
        files.Count > 0 && segments is ["channels", var channel, ..] && _filesDenied.ContainsKey(channel)
            ? (403, new JsonObject { ["message"] = "Missing Permissions", ["code"] = 50013 })
            : null;

    private static async Task<(string Body, IReadOnlyList<DiscordApiFile> Files)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) != true)
        {
            using var reader = new StreamReader(request.Body);
            return (await reader.ReadToEndAsync(cancellationToken), []);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var files = new List<DiscordApiFile>();
        foreach (var file in form.Files)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, cancellationToken);
            files.Add(new DiscordApiFile(file.Name, file.FileName, file.ContentType, copy.ToArray()));
        }

        return (form["payload_json"].ToString(), files);
    }

    private static (int, JsonNode?)? FilesMismatch(string body, IReadOnlyList<DiscordApiFile> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        JsonArray? described;
        try
        {
            described = (JsonNode.Parse(body) as JsonObject)?["attachments"] as JsonArray;
        }
        catch (JsonException)
        {
            described = null;
        }

        var ids = described?.Select(a => a?["id"]?.ToString()).ToHashSet(StringComparer.Ordinal) ?? [];
        var matched = files.All(f => f.Field.StartsWith("files[", StringComparison.Ordinal) && f.Field.EndsWith(']') && ids.Contains(f.Field[6..^1]));
        return matched ? null : (400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035 });
    }
}
