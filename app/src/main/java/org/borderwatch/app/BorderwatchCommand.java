package org.borderwatch.app;

import picocli.CommandLine.Command;

@Command(name = "borderwatch",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns news, editorials and official statements about militancy into sourced, "
                + "reviewable data on incidents, statements, actors and places.%n",
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            DocumentsCommand.class,
            DocumentCommand.class,
            ExtractCommand.class,
            IncidentsCommand.class,
            StatementsCommand.class,
            LedgerCommand.class,
            CommitmentsCommand.class,
            IndicatorsCommand.class,
            ConditionsCommand.class,
            EngagementsCommand.class,
            ReportCommand.class,
            GazetteerCommand.class,
            ImportCommand.class,
            ConsolidateCommand.class,
            ConsolidatedCommand.class,
            MergeCommand.class,
            SplitCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            ActorsCommand.class,
            ActorCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            picocli.CommandLine.HelpCommand.class},
        footer = {"%nData is kept in ~/.borderwatch unless --data-dir or --db says otherwise.",
            "Run 'borderwatch COMMAND --help' for a command's options."})
final class BorderwatchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
