namespace Graph.Bolt.Tests.Benchmarks;

/// <summary>A benchmark run only on request (SHANHAI_BOLT_BENCH=1); it prints numbers and asserts no timings.</summary>
public sealed class BenchFactAttribute : FactAttribute
{
    public BenchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SHANHAI_BOLT_BENCH") != "1")
        {
            Skip = "Benchmark: set SHANHAI_BOLT_BENCH=1 to run.";
        }
    }
}
