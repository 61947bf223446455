package merchlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import merchlab.MerchLabException;
import merchlab.store.ModelFile;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code merchlab models list|export|import}: the saved models of a workspace, and moving one to another workspace or
 * to a batch job (the Spark {@code recommend} job reads an exported file) as one versioned {@link ModelFile}.
 */
@Command(name = "models", mixinStandardHelpOptions = true, description = "list, export or import saved models",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Export.class, ModelsCommand.Import.class})
final class ModelsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do: list, export or import");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "the workspace's saved models, newest first")
    static final class ListModels implements Runnable {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--json", description = "print one JSON document on standard output")
        boolean json;

        @Override
        public void run() {
            if (!Files.isRegularFile(workspace.path())) {
                throw new MerchLabException("no workspace at " + workspace.path());
            }
            ModelStore store = new ModelStore(Workspace.openForReading(workspace.path()));
            String recommended = store.recommended().map(SavedModel::name).orElse(null);
            List<Map<String, Object>> models = new ArrayList<>();
            for (SavedModel m : store.list()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", m.name());
                row.put("kind", m.kind());
                row.put("createdAt", Instant.ofEpochMilli(m.createdAt()).toString());
                row.put("device", m.device());
                row.put("parent", m.parent());
                row.put("metrics", new TreeMap<>(m.metrics()));
                models.add(row);
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("models", models);
                doc.put("recommended", recommended);
                Json.print(doc);
                return;
            }
            if (models.isEmpty()) {
                System.out.println("no saved models: train one, for example merchlab train --model sequence");
            }
            for (Map<String, Object> m : models) {
                Object ndcg = ((Map<?, ?>) m.get("metrics")).get("ndcg@10");
                System.out.printf(Locale.ROOT, "%-28s %-13s %-24s %s%s%n", m.get("name"), m.get("kind"),
                        m.get("createdAt"), ndcg == null ? "" : String.format(Locale.ROOT, "ndcg@10 %.4f", (Double) ndcg),
                        m.get("name").equals(recommended) ? "  (recommended)" : "");
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "write a saved model with its weights to one file (format version " + ModelFile.VERSION + ")")
    static final class Export implements Runnable {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--model", required = true, paramLabel = "NAME", description = "the saved model")
        String model;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (not an existing one)")
        Path out;

        @Option(names = "--json", description = "print one JSON document on standard output")
        boolean json;

        @Override
        public void run() {
            if (Files.exists(out)) {
                throw new MerchLabException(out + " exists already: choose another file or delete it first");
            }
            if (!Files.isRegularFile(workspace.path())) {
                throw new MerchLabException("no workspace at " + workspace.path());
            }
            ModelStore store = new ModelStore(Workspace.openForReading(workspace.path()));
            SavedModel m = store.load(model);
            ModelFile.write(m, out);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", m.name());
            doc.put("kind", m.kind());
            doc.put("file", out.toString());
            doc.put("formatVersion", ModelFile.VERSION);
            doc.put("bytes", out.toFile().length());
            if (json) {
                Json.print(doc);
            } else {
                System.out.printf(Locale.ROOT, "exported %s (%s) to %s%n", m.name(), m.kind(), out);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "read an exported model into the workspace (renamed when its name is taken)")
    static final class Import implements Runnable {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "FILE", description = "a file written by merchlab models export")
        Path file;

        @Option(names = "--json", description = "print one JSON document on standard output")
        boolean json;

        @Override
        public void run() {
            ModelStore store = new ModelStore(workspace.open());
            String saved = store.importFrom(file);
            SavedModel m = store.load(saved);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", saved);
            doc.put("kind", m.kind());
            doc.put("file", file.toString());
            if (json) {
                Json.print(doc);
            } else {
                System.out.printf(Locale.ROOT, "imported %s (%s) as %s%n", file, m.kind(), saved);
            }
        }
    }
}
