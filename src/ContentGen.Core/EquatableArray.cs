using System;
using System.Collections;
using System.Collections.Generic;

namespace ContentGen.Core
{
    /// <summary>
    /// An immutable array that compares by its elements, so pipeline models that hold one stay value-equatable
    /// (a plain array compares by reference and would defeat the generator's caching).
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        /// <summary>Wraps <paramref name="items"/>; the caller must not change the array afterwards.</summary>
        public EquatableArray(T[] items) => _items = items;

        /// <summary>An empty array.</summary>
        public static EquatableArray<T> Empty => new(Array.Empty<T>());

        /// <inheritdoc/>
        public int Count => _items?.Length ?? 0;

        /// <inheritdoc/>
        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        /// <summary>The elements as a read-only span.</summary>
        public ReadOnlySpan<T> AsSpan() => _items;

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            if (_items is null)
            {
                return 0;
            }

            unchecked
            {
                int hash = 17;
                foreach (T item in _items)
                {
                    hash = (hash * 31) + (item?.GetHashCode() ?? 0);
                }

                return hash;
            }
        }

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Compares two arrays by their elements.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Compares two arrays by their elements.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    /// <summary>Helpers to make <see cref="EquatableArray{T}"/>.</summary>
    internal static class EquatableArray
    {
        /// <summary>Copies a list into an equatable array.</summary>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new(System.Linq.Enumerable.ToArray(items));
    }
}
