using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Serve.Tests;

/// <summary>
/// The service as its own process: it starts on a good model file, and a missing or damaged one stops the start
/// with one message naming the file and how to get a good one (exit code 1, no stack trace).
/// </summary>
[Trait("Tier", "Full")] // trains the digits model the service loads (the train command, once per run)
public sealed class StartupTests(TrainedModel model)
{
    [Fact]
    public async Task Starts_on_a_good_model_file_and_answers_on_loopback()
    {
        await using var service = await ServiceProcess.StartAsync("--model", model.Path);
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        var health = await client.GetFromJsonAsync<JsonObject>("health", TestContext.Current.CancellationToken);

        Assert.Equal("ok", (string?)health!["status"]);
        Assert.Contains("Application started.", service.Output);
    }

    [Fact]
    public async Task A_missing_model_file_stops_the_start_naming_the_file_and_the_command_that_makes_one()
    {
        string missing = model.Missing("never_saved.dat");

        var (exitCode, output, error) = await ServiceProcess.RunToExitAsync("--model", missing);

        Assert.Equal(1, exitCode);
        Assert.Equal($"The digits service cannot start: The model file {missing} does not exist. Run notebooks/14_digits.ipynb, " +
                     "or train and save one with: dotnet run --project serve -- train", error.Trim());
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task A_damaged_model_file_stops_the_start_naming_the_file()
    {
        string damaged = model.Copy("damaged.dat");
        var bytes = File.ReadAllBytes(damaged);
        bytes[bytes.Length / 2] ^= 0xFF; // one byte changed on the disk
        File.WriteAllBytes(damaged, bytes);

        var (exitCode, _, error) = await ServiceProcess.RunToExitAsync("--model", damaged);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"The digits service cannot start: The model file {damaged} is damaged: its SHA-256 checksum does not match", error);
        Assert.EndsWith("train and save one with: dotnet run --project serve -- train", error.Trim());
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_truncated_model_file_stops_the_start_naming_the_file()
    {
        string truncated = model.Copy("truncated.dat");
        File.WriteAllBytes(truncated, File.ReadAllBytes(truncated)[..100]);

        var (exitCode, _, error) = await ServiceProcess.RunToExitAsync("--model", truncated);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"The digits service cannot start: The model file {truncated} is damaged", error);
        Assert.DoesNotContain("   at ", error);
    }
}
