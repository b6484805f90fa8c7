using System.Security.Cryptography;

namespace CourseLib.Data;

/// <summary>
/// The Mersenne Twister bit generator (MT19937) exactly as NumPy's <c>numpy.random.MT19937</c> runs it under the
/// legacy <c>RandomState</c>: the same seeding, the same 32-bit outputs, and the same way of forming 64-bit
/// integers and doubles from them. It produces raw bits only; <see cref="RandomState"/> turns them into distributions.
/// </summary>
internal sealed class Mt19937
{
    private const int StateLength = 624;
    private const int Shift = 397;
    private const uint MatrixA = 0x9908b0dfU;
    private const uint UpperMask = 0x80000000U;
    private const uint LowerMask = 0x7fffffffU;

    private readonly uint[] _key = new uint[StateLength];
    private int _pos;

    /// <summary>Seeds from an integer in [0, 2**32 - 1], as <c>RandomState(seed)</c> does (Matsumoto–Nishimura <c>init_genrand</c>).</summary>
    public Mt19937(long seed) => Seed(seed);

    /// <summary>Seeds from an array of 32-bit words, as <c>RandomState([a, b, …])</c> does (<c>init_by_array</c>).</summary>
    public Mt19937(uint[] seedWords) => Seed(seedWords);

    /// <summary>Seeds from operating-system entropy, like <c>RandomState()</c> without a seed.</summary>
    public Mt19937() => SeedFromEntropy();

    /// <summary>Reseeds from an integer in [0, 2**32 - 1] (<c>init_genrand</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The seed is negative or above 2**32 - 1.</exception>
    public void Seed(long seed)
    {
        if (seed < 0 || seed > uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(seed), seed, "Seed must be between 0 and 2**32 - 1.");
        lock (_key) InitGenrand((uint)seed);
    }

    /// <summary>Reseeds from an array of 32-bit words (<c>init_by_array</c>).</summary>
    /// <exception cref="ArgumentException">The array is empty.</exception>
    public void Seed(uint[] seedWords)
    {
        ArgumentNullException.ThrowIfNull(seedWords);
        if (seedWords.Length == 0)
            throw new ArgumentException("Seed must be non-empty.", nameof(seedWords));
        lock (_key) InitByArray(seedWords);
    }

    /// <summary>Reseeds from operating-system entropy.</summary>
    public void SeedFromEntropy()
    {
        Span<byte> bytes = stackalloc byte[StateLength * sizeof(uint)];
        RandomNumberGenerator.Fill(bytes);
        lock (_key)
        {
            for (int i = 0; i < StateLength; i++)
                _key[i] = BitConverter.ToUInt32(bytes.Slice(i * sizeof(uint), sizeof(uint)));
            // NumPy does the same for an unseeded state: the top bit set guarantees a non-zero state.
            _key[0] = 0x80000000U;
            _pos = StateLength;
        }
    }

    /// <summary>The next 32 random bits (<c>genrand_int32</c>).</summary>
    public uint NextUInt32()
    {
        uint y;
        // One generator may be drawn from by several threads (the global one, by every unseeded call): a draw is
        // atomic, as NumPy's are under its lock, so the position can never run past the state.
        lock (_key)
        {
            if (_pos == StateLength) Regenerate();
            y = _key[_pos++];
        }
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>The next 64 random bits: two 32-bit outputs, the first one high, as NumPy's <c>mt19937_next64</c>.</summary>
    public ulong NextUInt64() => ((ulong)NextUInt32() << 32) | NextUInt32();

    /// <summary>A double in [0, 1) with 53 random bits (27 from one output, 26 from the next), as <c>random_sample</c>.</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    private void InitGenrand(uint seed)
    {
        _key[0] = seed;
        for (int i = 1; i < StateLength; i++)
            _key[i] = 1812433253U * (_key[i - 1] ^ (_key[i - 1] >> 30)) + (uint)i;
        _pos = StateLength;
    }

    private void InitByArray(uint[] initKey)
    {
        InitGenrand(19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(StateLength, initKey.Length); k > 0; k--)
        {
            _key[i] = (_key[i] ^ ((_key[i - 1] ^ (_key[i - 1] >> 30)) * 1664525U)) + initKey[j] + (uint)j;
            i++; j++;
            if (i >= StateLength) { _key[0] = _key[StateLength - 1]; i = 1; }
            if (j >= initKey.Length) j = 0;
        }
        for (int k = StateLength - 1; k > 0; k--)
        {
            _key[i] = (_key[i] ^ ((_key[i - 1] ^ (_key[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= StateLength) { _key[0] = _key[StateLength - 1]; i = 1; }
        }
        _key[0] = 0x80000000U;
        _pos = StateLength;
    }

    private void Regenerate()
    {
        int k;
        for (k = 0; k < StateLength - Shift; k++)
            _key[k] = _key[k + Shift] ^ Twist(_key[k], _key[k + 1]);
        for (; k < StateLength - 1; k++)
            _key[k] = _key[k + Shift - StateLength] ^ Twist(_key[k], _key[k + 1]);
        _key[StateLength - 1] = _key[Shift - 1] ^ Twist(_key[StateLength - 1], _key[0]);
        _pos = 0;
    }

    private static uint Twist(uint current, uint next)
    {
        uint y = (current & UpperMask) | (next & LowerMask);
        return (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
    }
}
