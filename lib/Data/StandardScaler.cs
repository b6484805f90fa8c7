namespace CourseLib.Data;

/// <summary>
/// scikit-learn's <c>StandardScaler</c> (1.2): <see cref="Fit(LabelledData)"/> learns each feature's mean and standard
/// deviation from one set — the training set — and <see cref="Transform(LabelledData)"/> then maps any set with the same
/// features to <c>(x - mean) / scale</c>. Computed in scikit-learn's order of operations, so the scaled values equal
/// NumPy's bit for bit. A feature that is constant in the fitted set (zero variance, or within rounding of it)
/// gets the scale 1, as in scikit-learn: it is only centred, not divided by zero. Introduced in notebook 13_diagnosis.
/// </summary>
public sealed class StandardScaler
{
    // NumPy's np.finfo(np.float64).eps, 2**-52 (not .NET's double.Epsilon, the smallest subnormal).
    private const double MachineEpsilon = 2.220446049250313e-16;

    private double[]? _mean;
    private double[]? _variance;
    private double[]? _scale;

    /// <summary>Whether <see cref="Fit(double[,])"/> has run.</summary>
    internal bool IsFitted => _mean is not null;

    /// <summary>The per-feature means of the fitted set (<c>mean_</c>). Introduced in notebook 13_diagnosis.</summary>
    public double[] Mean => Fitted(_mean).ToArray();

    /// <summary>The per-feature population variances of the fitted set (<c>var_</c>, divided by n, not n − 1). Introduced in notebook 13_diagnosis.</summary>
    public double[] Variance => Fitted(_variance).ToArray();

    /// <summary>The per-feature divisors (<c>scale_</c>): the standard deviation, or 1 for a constant feature. Introduced in notebook 13_diagnosis.</summary>
    public double[] Scale => Fitted(_scale).ToArray();

    /// <summary>The number of samples the scaler was fitted on (<c>n_samples_seen_</c>).</summary>
    internal int SamplesSeen { get; private set; }

    /// <summary>The number of features the scaler was fitted on (<c>n_features_in_</c>).</summary>
    internal int FeatureCount => Fitted(_mean).Length;

    /// <summary>Learns the mean and scale of every feature of <paramref name="x"/> (rows are samples); fitting again starts over.</summary>
    /// <returns>This scaler, for <c>new StandardScaler().Fit(xTrain)</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> has no sample, no feature, or a value that is not finite.</exception>
    internal StandardScaler Fit(double[,] x)
    {
        CheckFinite(x, nameof(x), "Fit");
        int n = x.GetLength(0), d = x.GetLength(1);
        var sum = new double[d];
        // np.sum(X, axis=0) on a C-ordered array adds the rows one after the other.
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++) sum[j] += x[i, j];

        var mean = new double[d];
        var correction = new double[d];
        var squares = new double[d];
        for (int j = 0; j < d; j++) mean[j] = sum[j] / n;
        // The corrected two-pass variance of _incremental_mean_and_var.
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
            {
                double centred = x[i, j] - mean[j];
                correction[j] += centred;
                squares[j] += centred * centred;
            }
        var variance = new double[d];
        var scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            variance[j] = (squares[j] - correction[j] * correction[j] / n) / n;
            // _is_constant_feature: the variance is within the two-pass algorithm's rounding error of zero.
            double meanBound = n * mean[j] * MachineEpsilon;
            double upperBound = n * MachineEpsilon * variance[j] + meanBound * meanBound;
            scale[j] = variance[j] <= upperBound ? 1.0 : Math.Sqrt(variance[j]);
        }
        (_mean, _variance, _scale, SamplesSeen) = (mean, variance, scale, n);
        return this;
    }

    /// <summary>Fits on <paramref name="data"/>'s features; the labels are not used. Introduced in notebook 13_diagnosis.</summary>
    public StandardScaler Fit(LabelledData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(data.X);
    }

    /// <summary>Scales <paramref name="x"/> with the fitted statistics: <c>(x - Mean) / Scale</c> per feature, in a new array.</summary>
    /// <exception cref="InvalidOperationException">The scaler is not fitted yet.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> has another number of features than the fitted set, or a value that is not finite.</exception>
    internal double[,] Transform(double[,] x)
    {
        var (mean, scale) = (Fitted(_mean), Fitted(_scale));
        CheckFinite(x, nameof(x), "Transform");
        if (x.GetLength(1) != mean.Length)
            throw new ArgumentException(
                $"x has {x.GetLength(1)} features, but this StandardScaler was fitted on {mean.Length}. Scale sets with the same columns as the " +
                "set it was fitted on (fit on the training set, then transform the validation and test sets).", nameof(x));
        var result = new double[x.GetLength(0), mean.Length];
        for (int i = 0; i < result.GetLength(0); i++)
            for (int j = 0; j < mean.Length; j++)
                result[i, j] = (x[i, j] - mean[j]) / scale[j];
        return result;
    }

    /// <summary>A copy of <paramref name="data"/> with its features scaled and the same labels. Introduced in notebook 13_diagnosis.</summary>
    public LabelledData Transform(LabelledData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new LabelledData(Transform(data.X), data.Y, data.LabelType);
    }

    /// <summary><see cref="Fit(double[,])"/> then <see cref="Transform(double[,])"/> on the same set.</summary>
    internal double[,] FitTransform(double[,] x) => Fit(x).Transform(x);

    private static T Fitted<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException(
            "This StandardScaler is not fitted yet: call Fit with the training set before Transform (scaler.Fit(xTrain), then scaler.Transform(xTest)).");

    private static void CheckFinite(double[,] x, string name, string method)
    {
        ArgumentNullException.ThrowIfNull(x, name);
        if (x.GetLength(0) == 0 || x.GetLength(1) == 0)
            throw new ArgumentException(
                $"{method} got an array of shape ({x.GetLength(0)}, {x.GetLength(1)}); it needs at least one sample and one feature.", name);
        for (int i = 0; i < x.GetLength(0); i++)
            for (int j = 0; j < x.GetLength(1); j++)
                if (!double.IsFinite(x[i, j]))
                    throw new ArgumentException(
                        $"{name}[{i}, {j}] is {x[i, j]}; StandardScaler.{method} needs finite numbers. Remove or fill in missing values first.", name);
    }
}
