using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WatchBot.Emulators.Slack;

/// <summary>
/// Slack's external file upload: files.getUploadURLExternal (only with the optional <c>files:write</c>,
/// <see cref="FilesWriteGranted"/>; else <c>missing_scope</c>) hands out an upload address on this
/// emulator and a file id; the bytes POSTed there are kept; files.completeUploadExternal shares the
/// file in <c>channel_id</c> (an id never uploaded, or uploaded empty: <c>file_not_found</c>).
/// </summary>
public sealed partial class SlackApiEmulator
{
    private readonly ConcurrentDictionary<string, byte[]> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SlackSharedFile> _shared = new();

    /// <summary>Whether the installed app was granted <c>files:write</c>. Default false, like WatchBot's manifest.</summary>
    public bool FilesWriteGranted { get; set; }

    /// <summary>Files shared in channels by files.completeUploadExternal, in order.</summary>
    public IReadOnlyList<SlackSharedFile> SharedFiles => [.. _shared];

    private JsonObject? FilesResult(string method, JsonObject body)
    {
        switch (method)
        {
            case "files.getUploadURLExternal":
                if (!FilesWriteGranted)
                {
                    return new JsonObject { ["error"] = "missing_scope" };
                }

                if (!int.TryParse(body["length"]?.ToString(), out var length) || length <= 0 || string.IsNullOrEmpty(body["filename"]?.ToString()))
                {
                    return new JsonObject { ["error"] = "invalid_arguments" };
                }

                var id = "F" + NextTs().Replace(".", "", StringComparison.Ordinal);
                _uploads[id] = [];
                return new JsonObject { ["upload_url"] = new Uri(ApiBaseUrl, "/upload/" + id).ToString(), ["file_id"] = id };
            case "files.completeUploadExternal":
                var files = ParseFiles(body["files"]?.ToString());
                var channel = body["channel_id"]?.ToString();
                if (files is null || files.Count == 0 || string.IsNullOrEmpty(channel))
                {
                    return new JsonObject { ["error"] = "invalid_arguments" };
                }

                if (files.Any(f => !_uploads.TryGetValue(f.Id, out var bytes) || bytes.Length == 0))
                {
                    return new JsonObject { ["error"] = "file_not_found" };
                }

                foreach (var (fileId, title) in files)
                {
                    _shared.Enqueue(new SlackSharedFile(fileId, channel, title, _uploads[fileId]));
                }

                return new JsonObject { ["files"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["id"] = f.Id, ["title"] = f.Title })]) };
            default:
                return null;
        }
    }

    private async Task UploadAsync(HttpContext context, string id)
    {
        if (!_uploads.ContainsKey(id))
        {
            context.Response.StatusCode = 404;
            return;
        }

        using var copy = new MemoryStream();
        await context.Request.Body.CopyToAsync(copy);
        _uploads[id] = copy.ToArray();
        context.Response.StatusCode = 200;
        await context.Response.WriteAsync("OK - " + copy.Length);
    }

    private static List<(string Id, string Title)>? ParseFiles(string? json)
    {
        try
        {
            return JsonNode.Parse(json ?? "") is JsonArray array
                ? [.. array.OfType<JsonObject>().Select(f => (f["id"]?.ToString() ?? "", f["title"]?.ToString() ?? ""))]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
