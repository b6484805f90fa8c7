using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Serve.Tests;

/// <summary>The service in memory (ASP.NET Core's test server), serving <paramref name="modelPath"/>.</summary>
public sealed class DigitsServiceFactory(string modelPath, bool batching = true) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Model:Path", modelPath);
        builder.UseSetting("Serving:Batching", batching ? "true" : "false");
        builder.UseEnvironment("Production"); // what a learner runs: no developer exception page
    }
}
