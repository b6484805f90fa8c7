namespace Notebooks.Tests;

public class TrainingLogTests
{
    private const string Reference = "Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%";

    [Fact]
    public void Losses_may_differ_by_one_in_the_fifth_decimal()
    {
        TrainingLog.AssertMatches(Reference, "Epoch: 100 | Loss: 0.69306, Accuracy: 50.38% | Test loss: 0.69378, Test acc: 48.00%");
    }

    [Theory]
    [InlineData("Epoch: 100 | Loss: 0.69307, Accuracy: 50.38% | Test loss: 0.69379, Test acc: 48.00%")]
    [InlineData("Epoch: 100 | Loss: 0.69305, Accuracy: 50.50% | Test loss: 0.69379, Test acc: 48.00%")]
    [InlineData("Epoch: 100 | Loss: 0.69305, Accuracy: 50.38% | Test loss: 0.69379")]
    public void Anything_more_is_a_mismatch(string actual)
    {
        Assert.ThrowsAny<Exception>(() => TrainingLog.AssertMatches(Reference, actual));
    }

    [Fact]
    public void Finds_the_line_of_an_epoch()
    {
        var output = "noise\nEpoch: 0 | Loss: 1.00000\nEpoch: 10 | Loss: 0.50000\n";
        Assert.Equal("Epoch: 10 | Loss: 0.50000", TrainingLog.LineFor(output, 10));
        Assert.ThrowsAny<Exception>(() => TrainingLog.LineFor(output, 20));
    }
}
