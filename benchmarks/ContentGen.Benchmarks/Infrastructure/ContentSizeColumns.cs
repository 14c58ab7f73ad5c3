using System;
using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ContentGen.Benchmarks.Infrastructure
{
    /// <summary>A benchmark parameter that knows how many UTF-8 bytes of content one operation reads.</summary>
    public interface ISizedInput
    {
        long Utf8Bytes { get; }
    }

    /// <summary>
    /// Columns relating a benchmark to the size of the content it reads: the size itself, throughput in MB/s
    /// (10^6 bytes per second of the mean time) and bytes allocated per content byte (needs the MemoryDiagnoser).
    /// They run in the host process, from the summary, so the size is worked out there from the parameters.
    /// </summary>
    public sealed class ContentSizeColumn : IColumn
    {
        private readonly Func<BenchmarkCase, long?> _bytesOf;
        private readonly Kind _kind;

        private ContentSizeColumn(Kind kind, Func<BenchmarkCase, long?> bytesOf)
        {
            _kind = kind;
            _bytesOf = bytesOf;
        }

        private enum Kind
        {
            Bytes,
            Throughput,
            AllocatedPerByte,
        }

        public string Id => nameof(ContentSizeColumn) + "." + _kind;

        public string ColumnName => _kind switch
        {
            Kind.Bytes => "Content bytes",
            Kind.Throughput => "MB/s",
            _ => "Alloc/content",
        };

        public bool AlwaysShow => true;

        public ColumnCategory Category => _kind == Kind.Bytes ? ColumnCategory.Params : ColumnCategory.Custom;

        public int PriorityInCategory => (int)_kind;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => _kind switch
        {
            Kind.Bytes => "UTF-8 size of the content one operation reads",
            Kind.Throughput => "Content bytes / Mean, in MB (10^6 bytes) per second",
            _ => "Allocated bytes per operation / Content bytes",
        };

        /// <summary>The three columns, with the size taken from the parameter that is an <see cref="ISizedInput"/>.</summary>
        public static IColumn[] FromSizedParameter() => All(SizedParameterBytes);

        /// <summary>The three columns for a benchmark over synthetic articles 0 to the int parameter <paramref name="countParameter"/> - 1.</summary>
        public static IColumn[] FromSyntheticCount(string countParameter)
        {
            var cache = new ConcurrentDictionary<int, long>();
            return All(benchmarkCase => benchmarkCase.Parameters[countParameter] is int count
                ? cache.GetOrAdd(count, GeneratorSetup.SyntheticUtf8Bytes)
                : null);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            CultureInfo culture = style.CultureInfo ?? CultureInfo.InvariantCulture;
            if (_bytesOf(benchmarkCase) is not { } bytes || bytes <= 0)
            {
                return "?";
            }

            if (_kind == Kind.Bytes)
            {
                return bytes.ToString("N0", culture);
            }

            BenchmarkReport? report = summary[benchmarkCase];
            if (report is null)
            {
                return "?";
            }

            if (_kind == Kind.Throughput)
            {
                double? meanNanoseconds = report.ResultStatistics?.Mean;
                return meanNanoseconds is > 0 ? (bytes * 1e3 / meanNanoseconds.Value).ToString("N1", culture) : "?";
            }

            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is { } a ? ((double)a / bytes).ToString("N2", culture) : "?";
        }

        public override string ToString() => ColumnName;

        private static IColumn[] All(Func<BenchmarkCase, long?> bytesOf) => new IColumn[]
        {
            new ContentSizeColumn(Kind.Bytes, bytesOf),
            new ContentSizeColumn(Kind.Throughput, bytesOf),
            new ContentSizeColumn(Kind.AllocatedPerByte, bytesOf),
        };

        private static long? SizedParameterBytes(BenchmarkCase benchmarkCase)
        {
            foreach (ParameterInstance parameter in benchmarkCase.Parameters.Items)
            {
                if (parameter.Value is ISizedInput sized)
                {
                    return sized.Utf8Bytes;
                }
            }

            return null;
        }
    }
}
