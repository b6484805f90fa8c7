using CourseLib.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CourseLib.Tests.Adversarial;

/// <summary>Bad inputs to the training engine: each would fail inside libtorch, or train silently wrong, without its check.</summary>
internal static class TrainingCases
{
    private sealed record Setup(Module<Tensor, Tensor> Model, optim.Optimizer Optimizer, Tensor X, Tensor Y)
    {
        /// <summary>A 2 → 4 → 1 binary model on 20 points with float labels 0/1, SGD at <paramref name="lr"/>.</summary>
        public static Setup Binary(double lr = 0.1, int outputs = 1, bool sigmoid = false)
        {
            torch.manual_seed(3);
            Module<Tensor, Tensor> model = sigmoid
                ? Sequential(Linear(2, 4), ReLU(), Linear(4, outputs), Sigmoid())
                : Sequential(Linear(2, 4), ReLU(), Linear(4, outputs));
            var y = tensor(Enumerable.Range(0, 20).Select(i => (float)(i % 2)).ToArray());
            return new(model, optim.SGD(model.parameters(), lr), randn(20, 2), y);
        }

        public StepResult Step(Tensor? x = null, Tensor? y = null, Loss<Tensor, Tensor, Tensor>? loss = null, optim.Optimizer? optimizer = null) =>
            Engine.TrainStep(Model, x ?? X, y ?? Y, loss ?? BCEWithLogitsLoss(), optimizer ?? Optimizer);

        public TrainingHistory Fit(Tensor? xTrain = null, Tensor? yTrain = null, Tensor? xTest = null, Tensor? yTest = null,
            int epochs = 3, Loss<Tensor, Tensor, Tensor>? loss = null) =>
            Engine.Fit(Model, xTrain ?? X, yTrain ?? Y, xTest ?? X, yTest ?? Y, loss ?? BCEWithLogitsLoss(), Optimizer, epochs,
                printEvery: 0, device: CPU, output: TextWriter.Null);

        /// <summary>The mini-batch Fit on <paramref name="batches"/> (by default the 20 points in batches of 8, 8 and 4).</summary>
        public TrainingHistory FitBatches(IEnumerable<IList<Tensor>>? batches = null, int epochs = 3) =>
            Engine.Fit(Model, batches ?? Batches(X, Y), X, Y, BCEWithLogitsLoss(), Optimizer, epochs,
                printEvery: 0, device: CPU, output: TextWriter.Null);

        /// <summary>[features, labels] batches of 8, 8 and 4 rows, in order, as a DataLoader without shuffling gives them.</summary>
        public static IList<Tensor>[] Batches(Tensor x, Tensor y) =>
            [[x[..8], y[..8]], [x[8..16], y[8..16]], [x[16..], y[16..]]];
    }

    public static IEnumerable<BadInputCase> All()
    {
        var inputs = new CaseBuilder("input the model cannot take");
        inputs.Refuses("Engine.TrainStep", "x of dtype int64", () => { var s = Setup.Binary(); return s.Step(x: s.X.to(int64)); }, "x", "x.to(torch.float32)");
        inputs.Refuses("Engine.TrainStep", "x of dtype float64", () => { var s = Setup.Binary(); return s.Step(x: s.X.to(float64)); }, "x", "Float32");
        inputs.Refuses("Engine.TrainStep", "x with 3 features for a 2-input model", () => Setup.Binary().Step(x: randn(20, 3)), "x", "first layer takes 2");
        inputs.Refuses("Engine.TrainStep", "1-D x", () => Setup.Binary().Step(x: randn(20)), "x", "unsqueeze(1)");
        inputs.Refuses("Engine.TrainStep", "3-D x", () => Setup.Binary().Step(x: randn(20, 1, 2)), "x", "flatten(1)");
        inputs.Refuses("Engine.TestStep", "x with 3 features", () => { var s = Setup.Binary(); return Engine.TestStep(s.Model, randn(20, 3), s.Y, BCEWithLogitsLoss()); }, "x", "first layer takes 2");
        inputs.Refuses("Engine.TestStep", "x of dtype int64", () => { var s = Setup.Binary(); return Engine.TestStep(s.Model, s.X.to(int64), s.Y, BCEWithLogitsLoss()); }, "x");
        inputs.Refuses("Engine.Fit", "xTest with 3 features", () => Setup.Binary().Fit(xTest: randn(20, 3)), "xTest", "first layer takes 2");
        inputs.Refuses("Engine.Fit", "xTrain of dtype float64", () => { var s = Setup.Binary(); return s.Fit(xTrain: s.X.to(float64)); }, "xTrain");
        inputs.Refuses("Engine.Fit", "xTrain holding a NaN", () => { var s = Setup.Binary(); var x = s.X.clone(); x[3, 1] = tensor(float.NaN); return s.Fit(xTrain: x); }, "xTrain", "NaN");
        inputs.Refuses("Engine.Fit", "xTest holding +Inf", () => { var s = Setup.Binary(); var x = s.X.clone(); x[0, 0] = tensor(float.PositiveInfinity); return s.Fit(xTest: x); }, "xTest");

        var labels = new CaseBuilder("labels that do not fit the model");
        labels.Refuses("Engine.Fit", "yTrain int64 for a binary model", () => { var s = Setup.Binary(); return s.Fit(yTrain: s.Y.to(int64)); }, "yTrain", "float labels");
        labels.Refuses("Engine.Fit", "yTest with a label 2 for a binary model", () => { var s = Setup.Binary(); var y = s.Y.clone(); y[0] = tensor(2f); return s.Fit(yTest: y); }, "yTest", "label 2");
        labels.Refuses("Engine.Fit", "yTrain of 19 labels for 20 samples", () => { var s = Setup.Binary(); return s.Fit(yTrain: s.Y[..19]); }, "yTrain");
        labels.Refuses("Engine.TrainStep", "y holding probabilities", () => Setup.Binary().Step(y: rand(20)), "y", "not a class label");

        var loss = new CaseBuilder("loss function that does not fit the model");
        loss.Refuses("Engine.TrainStep", "one output with CrossEntropyLoss (loss exactly 0, never learns)", () => Setup.Binary().Step(loss: CrossEntropyLoss()), "lossFn", "exactly 0");
        loss.Refuses("Engine.Fit", "one output with CrossEntropyLoss", () => Setup.Binary().Fit(loss: CrossEntropyLoss()), "lossFn", "exactly 0");
        loss.Refuses("Engine.TrainStep", "4 outputs with BCEWithLogitsLoss", () =>
        {
            var s = Setup.Binary(outputs: 4);
            return s.Step(y: s.Y.to(int64));
        }, "lossFn", "CrossEntropyLoss");
        loss.Refuses("Engine.TrainStep", "BCELoss fed logits", () => Setup.Binary().Step(loss: BCELoss()), "lossFn", "BCEWithLogitsLoss");
        loss.Answers("Engine.TrainStep", "BCELoss fed a sigmoid model's probabilities (accuracy from rounded probabilities)", () =>
        {
            var s = Setup.Binary(sigmoid: true);
            double expected;
            using (no_grad())
                expected = s.Model.call(s.X).squeeze(1).round().eq(s.Y).sum().ToInt64() / 20.0 * 100;
            return (s.Step(loss: BCELoss()), expected);
        }, r => r is (StepResult step, double expected) && step.Accuracy == expected && double.IsFinite(step.Loss));

        var optimizer = new CaseBuilder("optimizer that does not train the model");
        optimizer.Refuses("Engine.TrainStep", "an optimizer over another model's parameters (trained nothing, silently)", () =>
        {
            var s = Setup.Binary();
            var other = Sequential(Linear(2, 4), ReLU(), Linear(4, 1));
            return s.Step(optimizer: optim.SGD(other.parameters(), 0.1));
        }, "optimizer", "none of them the model's");
        optimizer.Refuses("Engine.Fit", "an optimizer over another model's parameters", () =>
        {
            var s = Setup.Binary();
            var other = Setup.Binary();
            return Engine.Fit(s.Model, s.X, s.Y, s.X, s.Y, BCEWithLogitsLoss(), other.Optimizer, 2, printEvery: 0, device: CPU, output: TextWriter.Null);
        }, "optimizer");
        optimizer.Refuses("Engine.TrainStep", "every parameter frozen", () =>
        {
            var s = Setup.Binary();
            foreach (var parameter in s.Model.parameters()) parameter.requires_grad = false;
            return s.Step();
        }, "optimizer", "frozen");

        var diverging = new CaseBuilder("non-finite loss");
        diverging.Refuses<TrainingDivergedException>("Engine.Fit", "learning rate 1e30 (NaN every epoch, silently)", () =>
        {
            var s = Setup.Binary(lr: 1e30);
            return s.Fit(epochs: 50);
        }, "optimizer", "learning rate");
        diverging.Refuses<TrainingDivergedException>("Engine.Fit", "inputs on a huge scale (1e35) with learning rate 10", () =>
        {
            var s = Setup.Binary(lr: 10);
            return s.Fit(xTrain: s.X * 1e35f, epochs: 50);
        }, "optimizer", "standardise");
        diverging.Refuses<TrainingDivergedException>("Engine.TrainStep", "x holding a NaN", () =>
        {
            var s = Setup.Binary();
            var x = s.X.clone();
            x[0, 0] = tensor(float.NaN);
            return s.Step(x: x);
        }, "x", "NaN");

        var mode = new CaseBuilder("called in the wrong mode");
        mode.Refuses<InvalidOperationException>("Engine.TrainStep", "inside torch.no_grad()", () =>
        {
            var s = Setup.Binary();
            using (no_grad()) return s.Step();
        }, null, "no_grad");
        mode.Refuses<InvalidOperationException>("Engine.Fit", "inside torch.inference_mode()", () =>
        {
            var s = Setup.Binary();
            using (inference_mode()) return s.Fit();
        }, null, "inference_mode");
        mode.Answers("Engine.TestStep", "inside torch.no_grad() (evaluation needs no gradients)", () =>
        {
            var s = Setup.Binary();
            using (no_grad()) return Engine.TestStep(s.Model, s.X, s.Y, BCEWithLogitsLoss());
        }, r => r is StepResult { Loss: > 0 } step && double.IsFinite(step.Loss));

        var counts = new CaseBuilder("size out of range or overflowing");
        counts.Refuses("Engine.Fit", "epochs = -1", () => Setup.Binary().Fit(epochs: -1), "epochs");
        counts.Answers("Engine.Fit", "epochs = 0", () => Setup.Binary().Fit(epochs: 0), r => r is TrainingHistory { Count: 0 });

        var batches = new CaseBuilder("not a batch of [features, labels]");
        batches.Refuses("Engine.Fit", "a batch of one tensor (features without labels)", () => { var s = Setup.Binary(); return s.FitBatches([[s.X]]); },
            "trainBatches", "[features, labels]");
        batches.Refuses("Engine.Fit", "a null batch", () => Setup.Binary().FitBatches([null!]), "trainBatches", "null as batch 0");
        batches.Refuses("Engine.Fit", "a batch whose labels were disposed", () => { var s = Setup.Binary(); return s.FitBatches([[s.X, Samples.Disposed()]]); },
            "trainBatches", "disposed tensor as the labels of batch 0");
        batches.Refuses("Engine.Fit", "no batches at all (an empty loader)", () => Setup.Binary().FitBatches([]), "trainBatches", "no batch in epoch 0");
        batches.Refuses("Engine.Fit", "batches that can be walked only once (empty from the second epoch)", () =>
        {
            var s = Setup.Binary();
            return s.FitBatches(new OnePass(Setup.Batches(s.X, s.Y)));
        }, "trainBatches", "no batch in epoch 1");
        batches.Refuses("Engine.Fit", "batch features of dtype float64", () =>
        {
            var s = Setup.Binary();
            return s.FitBatches([[s.X[..8], s.Y[..8]], [s.X[8..].to(float64), s.Y[8..]]]);
        }, "trainBatches", "Batch 1 of trainBatches");
        batches.Refuses("Engine.Fit", "batch labels int64 for a binary model", () => { var s = Setup.Binary(); return s.FitBatches([[s.X, s.Y.to(int64)]]); },
            "trainBatches", "yBatch.to(torch.float32)");
        batches.Refuses("Engine.Fit", "batch features with 3 columns for a 2-input model", () => { var s = Setup.Binary(); return s.FitBatches([[randn(20, 3), s.Y]]); },
            "trainBatches", "first layer takes 2");
        batches.Refuses("Engine.Fit", "batch features holding a NaN", () =>
        {
            var s = Setup.Binary();
            var x = s.X.clone();
            x[10, 0] = tensor(float.NaN);
            return s.FitBatches(Setup.Batches(x, s.Y));
        }, "trainBatches", "batch 1's features");
        batches.Refuses<TrainingDivergedException>("Engine.Fit", "mini-batches with learning rate 1e30", () =>
        {
            var s = Setup.Binary(lr: 1e30);
            return s.FitBatches(epochs: 50);
        }, "optimizer", "batch");
        batches.Answers("Engine.Fit", "one batch holding all the data (the same history as the full-batch Fit)", () =>
        {
            var full = Setup.Binary().Fit(epochs: 3);
            var s = Setup.Binary();
            return (full, s.FitBatches([[s.X, s.Y]]));
        }, r => r is (TrainingHistory full, TrainingHistory batched) && full.SequenceEqual(batched));
        batches.Answers("Engine.Fit", "a last batch of one sample", () =>
        {
            var s = Setup.Binary();
            return s.FitBatches([[s.X[..19], s.Y[..19]], [s.X[19..], s.Y[19..]]]);
        }, r => r is TrainingHistory { Count: 3 } h && h.All(e => double.IsFinite(e.Loss) && e.Accuracy is >= 0 and <= 100));

        var logits = new CaseBuilder("logits of the wrong shape or type");
        logits.Refuses("Logits.ToLabels", "3-D logits", () => Logits.ToLabels(randn(4, 3, 2)), "logits", "[N, classes]");
        logits.Refuses("Logits.ToLabels", "a scalar", () => Logits.ToLabels(tensor(0.5f)), "logits");
        logits.Refuses("Logits.ToLabels", "int64 'logits' (labels already)", () => Logits.ToLabels(tensor(new long[] { 0, 1 })), "logits", "labels already");
        logits.Answers("Logits.ToLabels", "one sample [1, 1]", () => Logits.ToLabels(tensor(new[] { 2f }, [1, 1])).data<float>().ToArray(),
            r => r is float[] { Length: 1 } v && v[0] == 1f);
        logits.Answers("Logits.ToLabels", "[N, C] with ties", () => Logits.ToLabels(zeros(2, 3)).data<long>().ToArray(),
            r => r is long[] v && v.SequenceEqual(new long[] { 0, 0 }));

        var empty = new CaseBuilder("empty or huge size, in bounded time");
        empty.Refuses("Engine.TestStep", "zero samples (returned NaN)", () =>
        {
            var s = Setup.Binary();
            return Engine.TestStep(s.Model, s.X[..0], s.Y[..0], BCEWithLogitsLoss());
        }, "x", "no samples");
        empty.Refuses("Engine.TrainStep", "zero samples (reported as divergence)", () => Setup.Binary().Step(zeros(0, 2), zeros(0)), "x", "no samples");
        empty.Refuses("Engine.Fit", "an empty test set (a NaN test loss)", () =>
        {
            var s = Setup.Binary();
            return s.Fit(xTest: s.X[..0], yTest: s.Y[..0]);
        }, "xTest", "no samples");
        empty.Refuses("Engine.Fit(batches)", "an empty batch (blamed on the learning rate)", () =>
        {
            var s = Setup.Binary();
            return s.FitBatches([[s.X[..8], s.Y[..8]], [s.X[8..8], s.Y[8..8]]]);
        }, "trainBatches", "no samples");

        var unbounded = new CaseBuilder("loss function that does not fit the model");
        unbounded.Refuses("Engine.Fit", "NLLLoss on raw logits (ran to -4e9)", () =>
        {
            torch.manual_seed(3);
            var model = Sequential(Linear(2, 4), ReLU(), Linear(4, 3));
            var y = tensor(Enumerable.Range(0, 20).Select(i => (long)(i % 3)).ToArray());
            var x = randn(20, 2);
            return Engine.Fit(model, x, y, x, y, NLLLoss(), optim.SGD(model.parameters(), 0.1), 3, printEvery: 0, device: CPU, output: TextWriter.Null);
        }, "lossFn", "log-probabilities");
        unbounded.Answers("Engine.Fit", "NLLLoss on LogSoftmax outputs, as intended", () =>
        {
            torch.manual_seed(3);
            var model = Sequential(Linear(2, 4), ReLU(), Linear(4, 3), LogSoftmax(1));
            var y = tensor(Enumerable.Range(0, 20).Select(i => (long)(i % 3)).ToArray());
            var x = randn(20, 2);
            return Engine.Fit(model, x, y, x, y, NLLLoss(), optim.SGD(model.parameters(), 0.1), 3, printEvery: 0, device: CPU, output: TextWriter.Null);
        }, r => r is TrainingHistory { Count: 3 } h && h.All(e => e.Loss > 0 && double.IsFinite(e.Loss)));

        var messages = new CaseBuilder("error that would send the learner astray");
        messages.Refuses("Engine.Fit", "a model without RegisterComponents() (was blamed on the optimizer)", () =>
        {
            var s = Setup.Binary();
            return Engine.Fit(new Unregistered(), s.X, s.Y, s.X, s.Y, BCEWithLogitsLoss(), s.Optimizer, 3, printEvery: 0, device: CPU, output: TextWriter.Null);
        }, "model", "RegisterComponents()");
        messages.Answers("TrainingDivergedException.History", "the epochs before a divergence, readable by the learner", () =>
        {
            try
            {
                Setup.Binary(lr: 1e30).Fit(epochs: 20);
                return null;
            }
            catch (TrainingDivergedException e)
            {
                return (e.History.Count, e.Epoch, e.Loss);
            }
        }, r => r is (int count, int epoch, double loss) && count == epoch && !double.IsFinite(loss));

        return inputs.Cases.Concat(labels.Cases).Concat(loss.Cases).Concat(optimizer.Cases).Concat(diverging.Cases)
            .Concat(mode.Cases).Concat(counts.Cases).Concat(batches.Cases).Concat(logits.Cases)
            .Concat(empty.Cases).Concat(unbounded.Cases).Concat(messages.Cases);
    }

    /// <summary>A learner's model whose constructor forgot RegisterComponents(): it has no parameters to train.</summary>
    private sealed class Unregistered() : Module<Tensor, Tensor>(nameof(Unregistered))
    {
        private readonly Module<Tensor, Tensor> _layers = Sequential(Linear(2, 4), Linear(4, 1));

        public override Tensor forward(Tensor input) => _layers.call(input);
    }

    /// <summary>Batches that can be enumerated once, like an enumerator wrapped as a sequence: the second epoch finds none.</summary>
    private sealed class OnePass(IEnumerable<IList<Tensor>> batches) : IEnumerable<IList<Tensor>>
    {
        private IEnumerator<IList<Tensor>>? _once = batches.GetEnumerator();

        public IEnumerator<IList<Tensor>> GetEnumerator()
        {
            var once = _once ?? Enumerable.Empty<IList<Tensor>>().GetEnumerator();
            _once = null;
            return once;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
