namespace CourseLib.Data;

/// <summary>
/// A C# port of NumPy's legacy <c>numpy.random.RandomState</c>: seeded with the same integer it yields the same
/// numbers, bit for bit, as NumPy 1.17+ (whose legacy stream is frozen). scikit-learn draws every random number from
/// such an object, so this is what makes our datasets identical to the Python course's. Introduced in notebook 01_data.
/// </summary>
/// <remarks>
/// Like scikit-learn's <c>random_state</c> argument, a parameter of this type accepts an <see cref="int"/> seed
/// (a fresh generator seeded with it), an existing instance (shared, so it advances), or <c>null</c>
/// (the process-wide <see cref="Global"/> instance, NumPy's <c>np.random</c> singleton).
/// Not thread-safe: give each thread its own instance.
/// </remarks>
public sealed class RandomState
{
    private double _gauss;
    private bool _hasGauss;

    /// <summary>Seeds with an integer in [0, 2**32 - 1], like <c>RandomState(seed)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The seed is negative or above 2**32 - 1.</exception>
    internal RandomState(long seed) => BitGenerator = new Mt19937(seed);

    /// <summary>Seeds with an array of 32-bit words, like <c>RandomState([a, b, …])</c>.</summary>
    internal RandomState(uint[] seedWords) => BitGenerator = new Mt19937(seedWords);

    /// <summary>Seeds from operating-system entropy, like <c>RandomState()</c>.</summary>
    internal RandomState() => BitGenerator = new Mt19937();

    /// <summary>The process-wide generator used when a <c>randomState</c> argument is <c>null</c> (NumPy's global state, reseeded by <c>np.random.seed</c>).</summary>
    internal static RandomState Global { get; } = new();

    /// <summary>The underlying bit generator (NumPy's <c>RandomState._bit_generator</c>).</summary>
    internal Mt19937 BitGenerator { get; }

    /// <summary>Lets an integer stand for <c>new RandomState(seed)</c> wherever a random state is expected, as in scikit-learn. Introduced in notebook 01_data.</summary>
    public static implicit operator RandomState(int seed) => new(seed);

    /// <summary>Reseeds with an integer, like <c>RandomState.seed(seed)</c>; the cached normal value is discarded.</summary>
    internal void Seed(long seed)
    {
        BitGenerator.Seed(seed);
        ResetGauss();
    }

    /// <summary>Reseeds with an array of 32-bit words; the cached normal value is discarded.</summary>
    internal void Seed(uint[] seedWords)
    {
        BitGenerator.Seed(seedWords);
        ResetGauss();
    }

    /// <summary>One double uniform in [0, 1) (<c>random_sample()</c>).</summary>
    internal double RandomSample() => BitGenerator.NextDouble();

    /// <summary><paramref name="size"/> doubles uniform in [0, 1) (<c>random_sample(size)</c>).</summary>
    internal double[] RandomSample(int size) => Fill(size, RandomSample);

    /// <summary>
    /// One standard normal value by the legacy polar Box–Muller method (<c>standard_normal()</c>, <c>randn()</c>).
    /// Each accepted pair of uniforms gives two values: the second is cached and returned by the next call,
    /// also across calls with a size, exactly as NumPy does.
    /// </summary>
    internal double StandardNormal()
    {
        lock (_gaussLock) // the cached second value is handed out once, whichever thread asks
        {
            if (_hasGauss)
            {
                _hasGauss = false;
                return _gauss;
            }
            double x1, x2, r2;
            do
            {
                x1 = 2.0 * BitGenerator.NextDouble() - 1.0;
                x2 = 2.0 * BitGenerator.NextDouble() - 1.0;
                r2 = x1 * x1 + x2 * x2;
            } while (r2 >= 1.0 || r2 == 0.0);
            double f = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
            _gauss = f * x1;
            _hasGauss = true;
            return f * x2;
        }
    }

    private readonly object _gaussLock = new();

    /// <summary><paramref name="size"/> standard normal values (<c>standard_normal(size)</c>).</summary>
    internal double[] StandardNormal(int size) => Fill(size, StandardNormal);

    /// <summary>One normal value <c>loc + scale * standard_normal()</c> (<c>normal(loc, scale)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is negative.</exception>
    internal double Normal(double loc = 0.0, double scale = 1.0)
    {
        CheckScale(scale);
        return loc + scale * StandardNormal();
    }

    /// <summary><paramref name="size"/> normal values (<c>normal(loc, scale, size)</c>).</summary>
    internal double[] Normal(double loc, double scale, int size)
    {
        CheckScale(scale);
        return Fill(size, () => loc + scale * StandardNormal());
    }

    /// <summary>One double uniform in [low, high), computed as <c>low + (high - low) * random_sample()</c> like NumPy (<c>uniform(low, high)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><c>high - low</c> is not finite.</exception>
    internal double Uniform(double low = 0.0, double high = 1.0)
    {
        double range = CheckRange(low, high);
        return low + range * BitGenerator.NextDouble();
    }

    /// <summary><paramref name="size"/> doubles uniform in [low, high) (<c>uniform(low, high, size)</c>).</summary>
    internal double[] Uniform(double low, double high, int size)
    {
        double range = CheckRange(low, high);
        return Fill(size, () => low + range * BitGenerator.NextDouble());
    }

    /// <summary>
    /// One Poisson-distributed count with mean <paramref name="lam"/> (<c>poisson(lam)</c>), by NumPy's legacy
    /// algorithms: multiplying uniforms until their product falls below e^-lam when lam &lt; 10, Hörmann's transformed
    /// rejection (PTRS) from 10 on. <c>make_multilabel_classification</c> draws label counts and document lengths with it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lam"/> is negative, not a number, or too large for NumPy (≥ 9.2e18).</exception>
    internal long Poisson(double lam)
    {
        // NumPy's POISSON_LAM_MAX: larger means would overflow the int64 result.
        const double MaxLam = 9.223372006484771e18;
        if (!(lam >= 0) || lam >= MaxLam)
            throw new ArgumentOutOfRangeException(nameof(lam), lam, $"lam must be a number from 0 up to {MaxLam:R} (excluded).");
        if (lam >= 10) return PoissonPtrs(lam);
        if (lam == 0) return 0;
        double limit = Math.Exp(-lam), product = 1.0;
        long count = 0;
        while (true)
        {
            product *= BitGenerator.NextDouble();
            if (product > limit) count++;
            else return count;
        }
    }

    // Hörmann (1993), "The transformed rejection method for generating Poisson random variables", as NumPy writes it.
    private long PoissonPtrs(double lam)
    {
        double slam = Math.Sqrt(lam), logLam = Math.Log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            double u = BitGenerator.NextDouble() - 0.5;
            double v = BitGenerator.NextDouble();
            double us = 0.5 - Math.Abs(u);
            long k = (long)Math.Floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log(a / (us * us) + b) <= -lam + k * logLam - LogGamma(k + 1))
                return k;
        }
    }

    // NumPy's random_loggam: log Γ(x) by Stirling's series, shifted up to x ≥ 7 and back down by subtracting logs.
    private static double LogGamma(double x)
    {
        ReadOnlySpan<double> coefficients =
        [
            8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
            8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
            1.796443723688307e-01, -1.39243221690590e+00,
        ];
        if (x == 1.0 || x == 2.0) return 0.0;
        long n = x < 7.0 ? (long)(7 - x) : 0;
        double x0 = x + n;
        double x2 = (1.0 / x0) * (1.0 / x0);
        const double Log2Pi = 1.8378770664093453e+00;
        double gl0 = coefficients[9];
        for (int k = 8; k >= 0; k--)
        {
            gl0 *= x2;
            gl0 += coefficients[k];
        }
        double gl = gl0 / x0 + 0.5 * Log2Pi + (x0 - 0.5) * Math.Log(x0) - x0;
        if (x < 7.0)
            for (long k = 1; k <= n; k++)
            {
                gl -= Math.Log(x0 - 1.0);
                x0 -= 1.0;
            }
        return gl;
    }

    /// <summary>One integer in [low, high) (<c>randint(low, high)</c>, dtype int64), drawn by NumPy's masked rejection sampling.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is not below <paramref name="high"/>.</exception>
    internal long RandInt(long low, long high)
    {
        CheckLowHigh(low, high);
        return low + (long)BoundedUInt64((ulong)(high - 1 - low));
    }

    /// <summary><paramref name="size"/> integers in [low, high) (<c>randint(low, high, size)</c>).</summary>
    internal long[] RandInt(long low, long high, int size)
    {
        CheckLowHigh(low, high);
        ulong range = (ulong)(high - 1 - low);
        var result = new long[CheckSize(size)];
        for (int i = 0; i < result.Length; i++)
            result[i] = low + (long)BoundedUInt64(range);
        return result;
    }

    /// <summary>
    /// Shuffles in place (<c>shuffle(x)</c>): Fisher–Yates from the last element down, each swap partner drawn
    /// uniformly from [0, i] by masked rejection sampling, as NumPy's legacy algorithm.
    /// </summary>
    internal void Shuffle<T>(Span<T> x)
    {
        for (int i = x.Length - 1; i > 0; i--)
        {
            int j = (int)Interval((ulong)i);
            (x[i], x[j]) = (x[j], x[i]);
        }
    }

    /// <summary>Shuffles an array in place (<c>shuffle(x)</c>).</summary>
    internal void Shuffle<T>(T[] x)
    {
        ArgumentNullException.ThrowIfNull(x); // AsSpan of null is an empty span: nothing would be shuffled, silently
        Shuffle(x.AsSpan());
    }

    /// <summary>A shuffled <c>arange(n)</c> (<c>permutation(n)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    internal long[] Permutation(int n)
    {
        var result = new long[CheckSize(n, nameof(n))];
        for (int i = 0; i < result.Length; i++) result[i] = i;
        Shuffle(result);
        return result;
    }

    // NumPy's random_interval: a value in [0, max] using the smallest all-ones mask that covers max,
    // 32-bit draws while max fits in 32 bits (this is what shuffle uses).
    private ulong Interval(ulong max)
    {
        if (max == 0) return 0;
        ulong mask = Mask(max);
        ulong value;
        if (max <= uint.MaxValue)
            while ((value = BitGenerator.NextUInt32() & mask) > max) { }
        else
            while ((value = BitGenerator.NextUInt64() & mask) > max) { }
        return value;
    }

    // NumPy's random_bounded_uint64_fill with use_masked=True (what legacy randint uses): no draw for a single
    // value, raw bits for a full range, masked rejection otherwise.
    private ulong BoundedUInt64(ulong range)
    {
        if (range == 0) return 0;
        if (range == uint.MaxValue) return BitGenerator.NextUInt32();
        if (range == ulong.MaxValue) return BitGenerator.NextUInt64();
        return Interval(range);
    }

    private static ulong Mask(ulong max)
    {
        ulong mask = max;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        mask |= mask >> 32;
        return mask;
    }

    private void ResetGauss()
    {
        _gauss = 0.0;
        _hasGauss = false;
    }

    private static double[] Fill(int size, Func<double> draw)
    {
        var result = new double[CheckSize(size)];
        for (int i = 0; i < result.Length; i++) result[i] = draw();
        return result;
    }

    private static int CheckSize(int size, string name = "size") =>
        size >= 0 ? size : throw new ArgumentOutOfRangeException(name, size, "Negative dimensions are not allowed.");

    private static void CheckScale(double scale)
    {
        if (!(scale >= 0))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be non-negative (scale < 0).");
    }

    private static double CheckRange(double low, double high)
    {
        double range = high - low;
        if (!double.IsFinite(range))
            throw new ArgumentOutOfRangeException(nameof(high), high, "Range exceeds valid bounds: high - low must be finite.");
        return range;
    }

    private static void CheckLowHigh(long low, long high)
    {
        if (low >= high)
            throw new ArgumentOutOfRangeException(nameof(high), high, $"low >= high: randint needs low < high (got low={low}).");
    }
}
