using CourseLib.Setup;
using Microsoft.Extensions.Options;
using Serve;
using Serve.Model;
using Serve.Prediction;

// The digits classifier of notebook 14 as a web service (chapter 19, notebooks/19_serving.ipynb).
//   dotnet run --project serve                 serves http://localhost:5080 (the page, POST /predict, GET /health, /openapi/v1.json)
//   dotnet run --project serve -- train        trains and saves the model first, where notebook 14 has not
//   --model PATH  another model file;  --urls http://127.0.0.1:0  another address;  --Serving:Batching=false  one pass per request
TorchSetup.Initialize();

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json and the page are found beside the program, whichever folder it is started from.
    ContentRootPath = AppContext.BaseDirectory,
});
// The page's files from serve/wwwroot through the build's static-web-assets manifest, in every environment
// (by default only in Development); a published service has them in its own wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--model"] = ModelLocation.ConfigKey });
if (args.FirstOrDefault() == "train")
    return DigitsTrainer.Run(ModelLocation.Resolve(builder.Configuration[ModelLocation.ConfigKey]), Console.Out);

builder.Services.Configure<ServingOptions>(builder.Configuration.GetSection("Serving"));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
// Settings are read when the services are first built (not above), so a test host's settings count too.
builder.Services.AddSingleton(services => DigitsClassifier.Load(
    ModelLocation.Resolve(services.GetRequiredService<IConfiguration>()[ModelLocation.ConfigKey])));
builder.Services.AddSingleton(services => new BatchingPredictor(
    services.GetRequiredService<DigitsClassifier>(), services.GetRequiredService<IOptions<ServingOptions>>().Value.MaxBatch));
builder.Services.AddHostedService(services => services.GetRequiredService<BatchingPredictor>()); // idle when batching is off
builder.Services.AddSingleton<IDigitPredictor>(services =>
    services.GetRequiredService<IOptions<ServingOptions>>().Value.Batching
        ? services.GetRequiredService<BatchingPredictor>()
        : new DirectPredictor(services.GetRequiredService<DigitsClassifier>()));

var app = builder.Build();
app.UseExceptionHandler();   // an unexpected error is a problem-details 500, never a stack trace
app.UseStatusCodePages();    // 404, 405 as problem details too
app.UseDefaultFiles();       // "/" is the page, wwwroot/index.html
app.UseStaticFiles();        // its script and style sheet, from this service: no CDN
app.MapOpenApi();            // /openapi/v1.json
app.MapPredictionEndpoints();

try
{
    // Load the model now: a missing or damaged file stops the start, not the first request.
    app.Services.GetRequiredService<DigitsClassifier>();
}
catch (ModelFileException e)
{
    Console.Error.WriteLine($"The digits service cannot start: {e.Message}");
    return 1;
}
app.Run();
return 0;

/// <summary>The service's entry point, public for WebApplicationFactory in tests/Serve.Tests.</summary>
public partial class Program;
