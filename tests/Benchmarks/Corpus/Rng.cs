using System;

namespace Dataset.Benchmarks.Corpus
{
    /// <summary>
    /// SplitMix64: a small, fixed generator, so a corpus is the same on every runtime and machine
    /// (<see cref="Random"/>'s sequence is an implementation detail).
    /// </summary>
    internal sealed class Rng
    {
        private ulong _state;

        public Rng(ulong seed, ulong stream) => _state = seed * 0x9E3779B97F4A7C15UL ^ (stream + 0x632BE59BD9B4E019UL) * 0xBF58476D1CE4E5B9UL;

        public ulong NextULong()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
        public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

        /// <summary>A number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
        public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);
    }
}
