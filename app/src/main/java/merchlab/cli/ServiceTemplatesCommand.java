package merchlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.service.ServiceTemplates;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab service templates}: show the shop's answer texts, or set its own from a properties file. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "show the answer texts per intent and"
        + " language; --set FILE stores the shop's own (INTENT.en=... INTENT.zh=..., UTF-8) in the workspace")
final class ServiceTemplatesCommand implements Runnable {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--set", paramLabel = "FILE.properties", description = "the shop's own texts, replacing earlier ones")
    Path set;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Override
    public void run() {
        Workspace ws = workspace.open();
        if (set != null) {
            try {
                ServiceTemplates.save(ws, Files.readString(set, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MerchLabException("cannot read " + set + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> texts = ServiceTemplates.load(ws).all();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("templates", texts);
            Json.print(doc);
        } else {
            texts.forEach((k, v) -> System.out.println(k + " = " + OneLine.of(v)));
        }
    }
}
