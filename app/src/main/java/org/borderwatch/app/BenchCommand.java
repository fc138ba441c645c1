package org.borderwatch.app;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that report throughput against a baseline measured in the same run.",
        subcommands = {IngestBenchmark.class, ExtractBenchmark.class, ConsolidationBenchmark.class, WebBenchmark.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
