using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CourseLib.Tests.Training;

/// <summary>ZeroGrad clears gradients the way PyTorch's optimizer.zero_grad() does, without changing what training computes.</summary>
[Collection(SeededTorch.Name)]
public class OptimizerGradientsTests
{
    [Fact]
    public void ZeroGrad_sets_every_gradient_to_none_as_pytorch_does()
    {
        var (model, optimizer) = ModelWithGradients();

        optimizer.ZeroGrad();

        Assert.All(model.parameters(), p => Assert.Null(p.grad));
    }

    [Fact]
    public void ZeroGrad_without_set_to_none_keeps_the_gradients_filled_with_zeros()
    {
        var (model, optimizer) = ModelWithGradients();

        optimizer.ZeroGrad(setToNone: false);

        Assert.All(model.parameters(), p =>
        {
            Assert.NotNull(p.grad);
            Assert.Equal(0f, p.grad!.abs().max().item<float>());
        });
    }

    [Fact]
    public void Training_after_ZeroGrad_gives_the_same_parameters_as_after_zero_grad_bit_for_bit()
    {
        var data = CirclesData.Load();
        float[][] Train(Action<optim.Optimizer> clear)
        {
            var model = CourseModels.Model3();
            var optimizer = optim.SGD(model.parameters(), 0.1);
            var lossFn = nn.BCEWithLogitsLoss();
            for (int epoch = 0; epoch < 20; epoch++)
            {
                using var scope = NewDisposeScope();
                var loss = lossFn.call(model.call(data.XTrain).squeeze(1), data.YTrain);
                clear(optimizer);
                loss.backward();
                optimizer.step();
            }
            return model.parameters().Select(p => p.data<float>().ToArray()).ToArray();
        }

        var toNone = Train(o => o.ZeroGrad());
        var toZeros = Train(o => o.zero_grad());

        Assert.Equal(toZeros, toNone);
    }

    /// <summary>model_3 after one backward pass, so that every parameter holds a gradient.</summary>
    private static (nn.Module<Tensor, Tensor> Model, optim.Optimizer Optimizer) ModelWithGradients()
    {
        var data = CirclesData.Load();
        var model = CourseModels.Model3();
        var optimizer = optim.SGD(model.parameters(), 0.1);
        nn.BCEWithLogitsLoss().call(model.call(data.XTrain).squeeze(1), data.YTrain).backward();
        Assert.All(model.parameters(), p => Assert.NotNull(p.grad));
        return (model, optimizer);
    }
}
