using BenchmarkDotNet.Running;

namespace ContentGen.Benchmarks
{
    /// <summary>Entry point: <c>corpus &lt;folder&gt; &lt;count&gt;</c> writes a synthetic corpus; <c>memory &lt;count&gt;</c> measures the generator's memory; anything else goes to BenchmarkDotNet.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "corpus")
            {
                return SyntheticCorpus.WriteCommand(args);
            }

            if (args.Length > 0 && args[0] == "memory")
            {
                return Generator.GeneratorMemory.Command(args);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
