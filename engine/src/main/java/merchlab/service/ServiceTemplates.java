package merchlab.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import merchlab.MerchLabException;
import merchlab.workspace.Workspace;

/**
 * The answer texts of the shopper service, per intent and language ({@code track_order.en}): the defaults shipped with
 * MerchLab, overridden by the shop's own texts kept in its workspace.
 */
public final class ServiceTemplates {
    /** The workspace setting that holds the shop's own texts (properties text). */
    static final String SETTING = "service_templates";

    private final Map<String, String> texts;

    public ServiceTemplates(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The shipped texts. */
    public static ServiceTemplates defaults() {
        try (InputStream in = ServiceTemplates.class.getResourceAsStream("templates.properties")) {
            return new ServiceTemplates(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the shipped answer texts are missing", e);
        }
    }

    /** The shipped texts with the shop's own over them. */
    public static ServiceTemplates load(Workspace workspace) {
        Map<String, String> all = new LinkedHashMap<>(defaults().texts);
        workspace.meta(SETTING).ifPresent(text -> all.putAll(parse(text)));
        return new ServiceTemplates(all);
    }

    /**
     * Stores the shop's own texts (properties: {@code INTENT.LANG=text}, UTF-8), replacing earlier ones; a key that is
     * not {@code name.en} or {@code name.zh} is a clear error.
     */
    public static void save(Workspace workspace, String properties) {
        Map<String, String> parsed = parse(properties);
        for (String key : parsed.keySet()) {
            if (!key.matches("[a-z_]+\\.(en|zh)")) {
                throw new MerchLabException("answer text key '" + key + "' is not INTENT.en or INTENT.zh"
                        + " (for example track_order.en)");
            }
        }
        StringWriter out = new StringWriter();
        new TreeMap<>(parsed).forEach((k, v) -> out.append(k).append('=').append(v.replace("\n", "\\n")).append('\n'));
        workspace.putMeta(SETTING, out.toString());
    }

    /** The text for an intent in a language ({@code en} or {@code zh}), if the shop has one. */
    public Optional<String> text(String intent, String language) {
        return Optional.ofNullable(texts.get(intent + "." + language));
    }

    /** Every text by key, sorted. */
    public Map<String, String> all() {
        return new TreeMap<>(texts);
    }

    private static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new MerchLabException("the answer texts cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
