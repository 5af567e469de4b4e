using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Ports;
using WatchBot.Slack.Api;

namespace WatchBot.Slack.Publishing;

/// <summary>
/// Shares an announcement's picture in its channel right after the words, with Slack's external
/// upload: files.getUploadURLExternal, the bytes to the address it gives, files.completeUploadExternal.
/// Only with the optional <c>files:write</c>: a workspace that answers <c>missing_scope</c> is not
/// asked again (<see cref="SlackFileGrants"/>). Any failure leaves the words alone, as they were sent.
/// </summary>
internal sealed class SlackPictureShare(ISlackWebApi api, IPictureRenderer renderer, SlackFileGrants grants, ILogger<SlackPictureShare> logger)
{
    public async Task ShareAsync(ChannelAddress channel, Picture picture, CancellationToken cancellationToken)
    {
        if (grants.IsMissing(channel.SpaceId) || renderer.Render(picture) is not { } png)
        {
            return;
        }

        var upload = await api.GetUploadUrlAsync(channel, picture.FileName, png.Length, picture.Description, cancellationToken);
        if (upload.Error == "missing_scope")
        {
            grants.Missing(channel.SpaceId);
            Log.NoFilesWrite(logger, channel.SpaceId);
            return;
        }

        if (!upload.Ok || upload.Get("file_id") is not { } fileId || !Uri.TryCreate(upload.Get("upload_url"), UriKind.Absolute, out var url))
        {
            return;
        }

        if ((await api.UploadAsync(url, png, cancellationToken)).Ok)
        {
            await api.CompleteUploadAsync(channel, fileId, picture.Description, cancellationToken);
        }
    }
}
