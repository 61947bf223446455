package merchlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import merchlab.MerchLabException;
import merchlab.eval.judged.QueryKinds;
import merchlab.importer.DataKind;
import merchlab.importer.ImportReport;
import merchlab.importer.ImportRequest;
import merchlab.sample.GeneratedShop;
import merchlab.sample.ShopConfig;
import merchlab.sample.ShopGenerator;
import merchlab.ui.importer.Importing;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/**
 * The bundled sample: the small generated shop (seed 42), imported into a workspace on first use, its campaigns
 * too when it has ads.
 *
 * <p>The workspace is built beside its final place ({@code sample.db.part}) and moved there only when every file
 * imported, so a start that was killed or cancelled half-way builds it again next time instead of opening half a
 * sample. The generated files are deleted afterwards.
 */
final class GeneratedSampleWorkspace implements SampleWorkspace {
    private final ShopGenerator generator;
    private final ShopConfig config;
    private final Importing importing;

    GeneratedSampleWorkspace(ShopGenerator generator, ShopConfig config, Importing importing) {
        this.generator = generator;
        this.config = config;
        this.importing = importing;
    }

    @Override
    public Workspace ensure(Path file, JobContext context) {
        if (Files.isRegularFile(file)) {
            return Workspace.open(file);
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Path files = file.resolveSibling(file.getFileName() + ".files");
        deleteWorkspace(file); // stale -wal/-shm of an earlier, unfinished attempt
        deleteWorkspace(part);
        context.message("Generating the sample shop");
        GeneratedShop shop = generator.generate(config, files,
                (stage, fraction) -> {
                    context.progress(0.5 * fraction);
                    context.message("Generating the sample shop: " + stage);
                }, context.cancelToken());
        Workspace workspace = Workspace.open(part);
        Map<Path, DataKind> imports = new LinkedHashMap<>();
        imports.put(shop.productsCsv(), DataKind.CATALOG);
        if (shop.campaignsCsv() != null) { // before the log, whose ad events name them
            imports.put(shop.campaignsCsv(), DataKind.CAMPAIGNS);
        }
        imports.put(shop.eventsCsv(), DataKind.EVENTS);
        imports.put(shop.judgmentsCsv(), DataKind.JUDGMENTS);
        int done = 0;
        for (Map.Entry<Path, DataKind> entry : imports.entrySet()) {
            int index = done;
            String name = entry.getKey().getFileName().toString();
            context.message("Importing the sample: " + name);
            ImportReport report = importing.run(workspace, ImportRequest.of(entry.getKey(), entry.getValue()),
                    (rows, bytes, total) -> context.progress(0.5 + 0.5 * (index + (total > 0 ? (double) bytes / total
                            : 0)) / imports.size()), context.cancelToken());
            if (!"completed".equals(report.status())) {
                throw new MerchLabException("the sample's " + name + " did not import (" + report.status() + ")");
            }
            done++;
        }
        QueryKinds.store(workspace, QueryKinds.readCsv(shop.queriesCsv())); // Query sets' filter by kind
        try {
            Path messages = shop.outDir().resolve(GeneratedShop.SERVICE_MESSAGES_CSV);
            if (Files.isRegularFile(messages)) { // the Service section trains its first intent model on them
                Files.copy(messages, serviceMessages(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Path wal = part.resolveSibling(part.getFileName() + "-wal");
            if (Files.exists(wal)) { // normally checkpointed away when the importer closed its connections
                Files.move(wal, file.resolveSibling(file.getFileName() + "-wal"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            deleteWorkspace(part);
            deleteTree(files);
        } catch (IOException e) {
            throw new MerchLabException("cannot put the sample workspace at " + file + ": " + e.getMessage(), e);
        }
        return Workspace.open(file);
    }

    /**
     * Where the sample keeps its shoppers' labelled service messages (a CSV beside the sample workspace), for the
     * Service section to train on.
     */
    static Path serviceMessages(Path sampleFile) {
        return sampleFile.resolveSibling("sample-service-messages.csv");
    }

    /** Deletes a workspace file with its SQLite companions (-wal, -shm) and lock file. */
    private static void deleteWorkspace(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
            } catch (IOException e) {
                throw new MerchLabException("cannot remove the unfinished sample " + db + ": " + e.getMessage(), e);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
