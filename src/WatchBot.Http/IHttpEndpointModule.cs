using Microsoft.AspNetCore.Routing;

namespace WatchBot.Http;

/// <summary>
/// A platform's inbound HTTP endpoints. Registered in the main container (so handlers use the same
/// singletons as everything else) and mapped onto the inbound server when it starts.
/// </summary>
public interface IHttpEndpointModule
{
    void Map(IEndpointRouteBuilder endpoints);

    /// <summary>Whether this module alone is reason to run the server (the health endpoints are not, unless asked).</summary>
    bool StartsServer => true;
}
