using System;
using System.Collections;
using System.Collections.Generic;

namespace Dataset.Storage
{
    /// <summary>A read-only list whose items are fetched (and built, the first time) only when they are read.</summary>
    internal sealed class StoredList<T> : IReadOnlyList<T>
    {
        private readonly Func<int, T> _item;

        public StoredList(int count, Func<int, T> item)
        {
            Count = count;
            _item = item;
        }

        public int Count { get; }

        public T this[int index] => (uint)index < (uint)Count ? _item(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return _item(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
