using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using WatchBot.Http;

namespace WatchBot.Platform.Inbound;

/// <summary>
/// A request body read once, with the ways platforms read it: JSON through <see cref="InboundJson"/>
/// (which refuses what .NET cannot read) or a URL-encoded form. Handed to a platform's handler only
/// after its signature checked out (or to the unsigned pre-check, before).
/// </summary>
public sealed class SignedRequest
{
    private Dictionary<string, StringValues>? _form;
    private bool _formRead;

    internal SignedRequest(HttpContext context, byte[] body)
    {
        Context = context;
        Body = body;
    }

    public HttpContext Context { get; }

    /// <summary>The raw bytes the signature covers.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    public PathString Path => Context.Request.Path;

    public CancellationToken Aborted => Context.RequestAborted;

    /// <summary>The body as JSON; null when it is not JSON, nests too deep, or holds unreadable text (answer 400). Dispose it.</summary>
    public JsonDocument? Json() => InboundJson.TryParse(Body);

    /// <summary>The body as a URL-encoded form; null when it is not one (answer 400).</summary>
    public IReadOnlyDictionary<string, StringValues>? Form()
    {
        if (!_formRead)
        {
            _formRead = true;
            try
            {
                _form = new FormReader(Encoding.UTF8.GetString(Body.Span)).ReadForm();
            }
            catch (InvalidDataException)
            {
                _form = null;
            }
        }

        return _form;
    }

    /// <summary>A form field given exactly once; null when absent, repeated, or the body is no form.</summary>
    public string? Field(string name) =>
        Form() is { } form && form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
